/**
 * Builds the font of our PDFs (lib/pdf/font.ts: payment slips and e-receipts): Noto Sans TC Regular (SIL
 * OFL 1.1, from @expo-google-fonts/noto-sans-tc) cut down to printable ASCII, full-width
 * punctuation and every CJK character that appears in the messages, the sources under lib/ and
 * the data files — which covers the bill descriptions the passbook writes. Run it again after
 * adding bill kinds or offices: `npm run pdf:font`. The output is committed, so servers never
 * need the 60 MB font package; a character missing from it prints as a blank box.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const FULL_WIDTH = '，。、；：？！「」『』（）《》〈〉—…－～・　０１２３４５６７８９％＄×²';
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

export const PDF_FONT_PATH = 'lib/pdf/noto-sans-tc-pdf.ttf';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(ts|tsx|json|csv|md|txt)$/.test(entry.name) && statSync(full).size < 20_000_000) yield full;
  }
}

const chars = new Set(ASCII + FULL_WIDTH);
for (const dir of ['content/messages', 'lib', 'data']) {
  for (const file of files(dir)) for (const c of readFileSync(file, 'utf8').match(CJK) ?? []) chars.add(c);
}
const text = [...chars].sort().join('');
const source = require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');
const subset = await subsetFont(readFileSync(source), text, { targetFormat: 'truetype' });
await writeFile(PDF_FONT_PATH, subset);
console.log(`${PDF_FONT_PATH}: ${text.length} characters, ${(subset.length / 1024).toFixed(1)} KiB`);
