'use client';

import { Suspense, use, useEffect, useRef, type ReactNode, type RefObject } from 'react';

/** A promise React's `use` reads synchronously once `status` says it is fulfilled. */
type Thenable = Promise<void> & { status?: 'fulfilled'; value?: undefined };
type Gate = { promise: Thenable; open: () => void };

const gates = new Map<string, Gate>();

function gate(name: string): Gate {
  let found = gates.get(name);
  if (!found) {
    let resolve!: () => void;
    const promise: Thenable = new Promise<void>((r) => {
      resolve = r;
    });
    const open = () => {
      // Marked fulfilled at once (as React marks the promises it tracks), so a hydration React
      // attempts within the same event (below) renders the island instead of suspending again.
      promise.status = 'fulfilled';
      promise.value = undefined;
      resolve();
    };
    found = { promise, open };
    gates.set(name, found);
  }
  return found;
}

/**
 * Renders its children once the island is wanted; until then (in the browser) it suspends, and a
 * `lazy()` component among the children is not even fetched. On the server it renders at once,
 * so the page's HTML holds the island as before.
 */
function Gate({ name, children }: { name: string; children: ReactNode }) {
  const wanted: Promise<void> = gate(name).promise;
  if (typeof window !== 'undefined') use(wanted);
  return children;
}

/** Marks the island's box once its children have hydrated (tests wait for `data-hydrated`). */
function Hydrated({ box }: { box: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    box.current?.setAttribute('data-hydrated', '');
  }, [box]);
  return null;
}

/** After the page has loaded and the browser is idle: readers who do not scroll get the island too. */
const IDLE_TIMEOUT_MS = 4_000;

/**
 * What a reader does to an island before it has hydrated. React stops these events at the
 * document while the island is still the server's HTML (it queues hovers and focus, and drops a
 * press it cannot hydrate for at once), so they are heard on the window, first: the gate opens,
 * and React's own attempt to hydrate for the event then succeeds and the event goes on to the island.
 */
const INTENT_EVENTS = ['pointerdown', 'pointerover', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * Keeps an island as the server's HTML until it is wanted: scrolled into view, pointed at, touched
 * or focused, or once the page has loaded and the browser is idle. Its script (a `lazy()`
 * component among the children) is then fetched and the island hydrates in place; until then
 * React leaves the server's HTML alone (a dehydrated Suspense boundary), so nothing moves. The
 * page's first load carries neither the island's code nor its hydration. `name` is unique on the page.
 *
 * Only for islands that need JavaScript anyway. The boundary's HTML does not stay in place: a
 * `lazy()` child suspends on the server, and React 19 also moves any completed boundary of more
 * than a few hundred bytes out of the page's first chunk (Fizz's "outlining": `<!--$?-->`, the
 * content in a hidden <div id="S:…"> at the end that an inline script moves in). Without
 * JavaScript the island stays hidden. (Tried for the statistics overview's dashboards, which must
 * show their tables and map without JavaScript: their built HTML had both as hidden segments, so
 * they hydrate with the page; see docs/benchmarks.md.)
 */
export function DeferredHydration({ name, children }: { name: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const { open } = gate(name);
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      open();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) open();
    });
    observer.observe(el);
    const onIntent = (e: Event) => {
      if (e.target instanceof Node && el.contains(e.target)) open();
    };
    for (const type of INTENT_EVENTS) window.addEventListener(type, onIntent, { capture: true, passive: true });
    let idle: number | undefined;
    const onIdle = () => {
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(open, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(open, IDLE_TIMEOUT_MS);
    };
    if (document.readyState === 'complete') onIdle();
    else window.addEventListener('load', onIdle, { once: true });
    return () => {
      observer.disconnect();
      for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, { capture: true });
      window.removeEventListener('load', onIdle);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
        else clearTimeout(idle);
      }
    };
  }, [name]);
  return (
    <div ref={box} data-island={name}>
      <Suspense fallback={null}>
        <Gate name={name}>
          {children}
          <Hydrated box={box} />
        </Gate>
      </Suspense>
    </div>
  );
}
