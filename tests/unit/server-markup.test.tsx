// @vitest-environment jsdom
/**
 * ServerMarkup: the server's content is in the HTML; hydrating keeps it as it is without
 * rendering it (the work the statistics pages save on load); a new version draws the children in
 * its place (not beside it); an element created in the browser draws its children at once.
 */
import { act, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverHtml } from '@/tests/support/server-html';
import { ServerMarkup } from '@/components/ui/server-markup';

const drawn = vi.fn();

function Rows({ rows }: { rows: readonly string[] }) {
  drawn();
  return rows.map((r) => (
    <tr key={r}>
      <td>{r}</td>
    </tr>
  ));
}

function Table({ initial }: { initial: readonly string[] }) {
  const [rows, setRows] = useState(initial);
  return (
    <table>
      <caption>
        <button type="button" onClick={() => setRows(['c', 'b'])}>
          c, b
        </button>
        <button type="button" className="undo" onClick={() => setRows(initial)}>
          undo
        </button>
      </caption>
      <ServerMarkup as="tbody" version={rows} className="body">
        <Rows rows={rows} />
      </ServerMarkup>
    </table>
  );
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  document.body.innerHTML = '';
  drawn.mockClear();
});

describe('ServerMarkup', () => {
  const first = ['a', 'b', 'c'];

  it('puts its content in the server HTML', () => {
    const html = serverHtml(<Table initial={first} />);
    expect(html).toContain('<tbody class="body"><tr><td>a</td></tr>');
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('keeps the server content when hydrating, without rendering it, and draws a new version in its place', async () => {
    const container = document.createElement('div');
    container.innerHTML = serverHtml(<Table initial={first} />);
    document.body.append(container);
    const serverRow = container.querySelector('tr');
    drawn.mockClear();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, <Table initial={first} />);
    });
    expect(drawn).not.toHaveBeenCalled();
    expect(container.querySelector('tbody')!.className).toBe('body');
    expect([...container.querySelectorAll('td')].map((td) => td.textContent)).toEqual(first);
    expect(container.querySelector('tr')).toBe(serverRow); // the very nodes, not a copy
    expect(errors).not.toHaveBeenCalled(); // no hydration mismatch
    errors.mockRestore();

    await act(async () => container.querySelector('button')!.click());
    expect(drawn).toHaveBeenCalledTimes(1);
    expect([...container.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['c', 'b']);
    expect(container.querySelectorAll('tbody')).toHaveLength(1);
  });

  it('draws the first version again, not an empty element, when a choice is undone', async () => {
    const container = document.createElement('div');
    container.innerHTML = serverHtml(<Table initial={first} />);
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, <Table initial={first} />);
    });
    await act(async () => container.querySelector('button')!.click());
    drawn.mockClear();
    // The very object the element was hydrated with comes back: the server's markup is gone, so it is drawn.
    await act(async () => container.querySelector<HTMLButtonElement>('button.undo')!.click());
    expect(drawn).toHaveBeenCalledTimes(1);
    expect([...container.querySelectorAll('td')].map((td) => td.textContent)).toEqual(first);
  });

  it('draws its children at once when created in the browser', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      createRoot(container).render(<Table initial={first} />);
    });
    expect(drawn).toHaveBeenCalledTimes(1);
    expect([...container.querySelectorAll('td')].map((td) => td.textContent)).toEqual(first);
  });
});
