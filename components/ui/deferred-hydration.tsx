'use client';

import { Suspense, use, useEffect, useRef, type ReactNode } from 'react';

type Gate = { promise: Promise<void>; open: () => void };

const gates = new Map<string, Gate>();

function gate(name: string): Gate {
  let found = gates.get(name);
  if (!found) {
    let open!: () => void;
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
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
  if (typeof window !== 'undefined') use(gate(name).promise);
  return children;
}

/** After the page has loaded and the browser is idle: readers who do not scroll get the island too. */
const IDLE_TIMEOUT_MS = 4_000;

/**
 * Keeps an island as the server's HTML until it is wanted: scrolled into view, pointed at or
 * focused, or once the page has loaded and the browser is idle. Its script (a `lazy()` component
 * among the children) is then fetched and the island hydrates in place; until then React leaves
 * the server's HTML alone (a dehydrated Suspense boundary), so nothing moves. The page's first
 * load carries neither the island's code nor its hydration. `name` is unique on the page.
 *
 * Only for islands that need JavaScript anyway: the lazy import suspends on the server, so React
 * writes the island's HTML as a hidden segment that an inline script reveals; without JavaScript
 * it stays hidden. (The statistics dashboard, which must show its table and map without
 * JavaScript, therefore hydrates with the page.)
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
    el.addEventListener('focusin', open);
    el.addEventListener('pointerdown', open);
    let idle: number | undefined;
    const whenIdle = () => {
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(open, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(open, IDLE_TIMEOUT_MS);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('focusin', open);
      el.removeEventListener('pointerdown', open);
      window.removeEventListener('load', whenIdle);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
        else clearTimeout(idle);
      }
    };
  }, [name]);
  return (
    <div ref={box}>
      <Suspense fallback={null}>
        <Gate name={name}>{children}</Gate>
      </Suspense>
    </div>
  );
}
