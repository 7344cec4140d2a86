import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { vi } from 'vitest';

/** The server's HTML: rendered where there is no `window`, as on the server, for tests that then hydrate it. */
export function serverHtml(page: ReactElement): string {
  vi.stubGlobal('window', undefined);
  try {
    return renderToString(page);
  } finally {
    vi.unstubAllGlobals();
  }
}
