// @vitest-environment jsdom
/**
 * DeferredHydration: the island does not hydrate with the page, and the reader's first press or
 * focus on it hydrates it and still reaches it (React stops a press on server HTML it cannot
 * hydrate for at once, before any listener on the island's box hears it). The island here is
 * already loaded, as a lazy() island is once its chunk has arrived.
 */
import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serverHtml } from '@/tests/support/server-html';
import { DeferredHydration } from '@/components/ui/deferred-hydration';
import { useHydrated } from '@/components/ui/use-hydrated';

function Island({ label }: { label: string }) {
  const hydrated = useHydrated();
  const [presses, setPresses] = useState(0);
  return (
    <section data-hydrated={hydrated ? '' : undefined}>
      <button type="button" onClick={() => setPresses(presses + 1)}>
        {label}
      </button>
      <output>{presses}</output>
    </section>
  );
}

/** An observer that never reports: the island is below the fold (and the idle timer is seconds away). */
class FarAway {
  observe() {}
  disconnect() {}
}

async function mount(name: string) {
  const page = (
    <DeferredHydration name={name}>
      <Island label="排序" />
    </DeferredHydration>
  );
  const container = document.createElement('div');
  container.innerHTML = serverHtml(page);
  document.body.append(container);
  const html = container.innerHTML;
  await act(async () => {
    hydrateRoot(container, page);
  });
  return { container, html, section: container.querySelector('section')!, button: container.querySelector('button')! };
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FarAway;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('an island hydrated when wanted', () => {
  it('stays the server HTML after the page hydrates', async () => {
    const { container, html, section } = await mount('idle');
    expect(section.hasAttribute('data-hydrated')).toBe(false);
    expect(container.innerHTML).toBe(html);
  });

  it('hydrates on the first press, and the press reaches the island', async () => {
    const { section, button } = await mount('press');
    await act(async () => {
      button.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(section.querySelector('output')!.textContent).toBe('1');
  });

  it('hydrates when focus comes into it, keeping the focused element', async () => {
    const { section, button } = await mount('focus');
    await act(async () => {
      button.focus();
    });
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(document.activeElement).toBe(button);
  });
});
