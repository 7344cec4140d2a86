/**
 * Does every cell of a table fit its longest word? On a phone, a table squeezed into the screen
 * breaks 「特別獎」 into 「特/別/獎」 and "XY89996565" into "XY89/9965/65": the cell is then narrower
 * than its longest unbreakable word. Per cell, this measures that word's width with a hidden
 * clone span (same font, no wrapping) and compares it with the cell's content width.
 */
import type { Locator } from '@playwright/test';

export type NarrowCell = { text: string; word: string; wordWidth: number; cellWidth: number };

/** The cells of `table` narrower than their widest word (an empty list when all fit). */
export async function narrowCells(table: Locator): Promise<NarrowCell[]> {
  return table.evaluate((el) => {
    const narrow: { text: string; word: string; wordWidth: number; cellWidth: number }[] = [];
    for (const cell of el.querySelectorAll<HTMLElement>('th, td')) {
      const style = getComputedStyle(cell);
      if (style.display === 'none') continue;
      const cellWidth = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      // Words, per text node, measured in their own element's font; text read by screen readers only is skipped.
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let widest = { word: '', width: 0 };
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('.sr-only')) continue;
        for (const word of (node.textContent ?? '').split(/\s+/).filter(Boolean)) {
          const probe = document.createElement('span');
          probe.textContent = word;
          probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:0;top:0';
          parent.appendChild(probe);
          const width = probe.getBoundingClientRect().width;
          probe.remove();
          if (width > widest.width) widest = { word, width };
        }
      }
      // Half a pixel of rounding between layout and measurement is not a broken word.
      if (widest.width > cellWidth + 0.5) narrow.push({ text: (cell.textContent ?? '').trim(), word: widest.word, wordWidth: widest.width, cellWidth });
    }
    return narrow;
  });
}
