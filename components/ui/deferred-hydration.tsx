'use client';

import { Suspense, use, useEffect, useRef, type ReactNode } from 'react';

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
 * or focused, or (unless `whenIdle` is false) once the page has loaded and the browser is idle.
 * The island then hydrates in place; until then React leaves the server's HTML alone (a
 * dehydrated Suspense boundary), so nothing moves. The page's first load carries none of the
 * island's hydration, and of a `lazy()` island not even its code. `name` is unique on the page.
 *
 * Children that do not suspend on the server are written into the HTML in place and work without
 * JavaScript as the server drew them (the statistics overview's dashboards). They must be imported
 * by a client module (components/stats/deferred-topic-explorer.tsx): a client component handed in
 * from a server page is a module reference that server rendering resolves by suspending. A
 * `lazy()` island suspends on the server, so React writes its HTML as a hidden segment that an
 * inline script reveals: without JavaScript it stays hidden, so use that only for islands that
 * need JavaScript anyway (the lottery's QR and bulk checkers).
 */
export function DeferredHydration({ name, whenIdle = true, children }: { name: string; whenIdle?: boolean; children: ReactNode }) {
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
    if (whenIdle) {
      if (document.readyState === 'complete') onIdle();
      else window.addEventListener('load', onIdle, { once: true });
    }
    return () => {
      observer.disconnect();
      for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, { capture: true });
      window.removeEventListener('load', onIdle);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
        else clearTimeout(idle);
      }
    };
  }, [name, whenIdle]);
  return (
    <div ref={box}>
      <Suspense fallback={null}>
        <Gate name={name}>{children}</Gate>
      </Suspense>
    </div>
  );
}
