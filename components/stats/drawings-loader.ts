/**
 * The drawing code of the dashboards (drawings.tsx), loaded on demand: not with the page, whose
 * first view the server has drawn and the browser keeps as written, but with the first view
 * change (topic-explorer.tsx loads it beside the cells) or when a dashboard is mounted in the
 * browser with no server markup to keep (a client-side navigation; useDrawings waits for it
 * there, so the navigation completes with the drawing in place and nothing moves).
 *
 * On the server the module is asked for as soon as this one is evaluated, so a page's render
 * finds it loaded; a render that comes first waits for it (no Suspense boundary around the
 * dashboards, so the page's HTML is the same either way).
 */
import { use, useSyncExternalStore } from 'react';

export type Drawings = typeof import('./drawings');

/** Marked fulfilled as React marks the promises it tracks, so `use` reads a loaded module at once. */
type Load = Promise<Drawings> & { status?: 'fulfilled'; value?: Drawings };

let loaded: Drawings | null = null;
let loading: Load | null = null;
const listeners = new Set<() => void>();

/** One request per page; a failed one is forgotten, so the next view change tries again. */
export function loadDrawings(): Promise<Drawings> {
  if (!loading) {
    const load: Load = import('./drawings').then(
      (module) => {
        load.status = 'fulfilled';
        load.value = module;
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    loading = load;
  }
  return loading;
}

if (typeof window === 'undefined') void loadDrawings();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The drawing code once it is here; null before, and while hydrating (the server's drawings are kept then). */
export function useLoadedDrawings(): Drawings | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}

/**
 * For what draws: the drawing code, waiting for it (suspending) when it is not here yet. Only
 * rendered on the server, after a view change (which topic-explorer.tsx makes once the code is
 * here), or in a dashboard mounted in the browser (a navigation, which then waits for it).
 */
export function useDrawings(): Drawings {
  return use(loadDrawings());
}
