'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { sameSitePath, softNavigationTarget, type AnchorFacts } from './soft-link-target';

function anchorOf(event: SyntheticEvent): AnchorFacts | null {
  const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(a instanceof HTMLAnchorElement)) return null;
  return { href: a.href, target: a.target, download: a.hasAttribute('download') };
}

/**
 * Client-side navigation for the plain links of a long server-rendered list (a table of 50
 * invoices): one client component for the region instead of a Link per row. Each Link is a
 * client component with its own hooks and state that the server renders and the browser
 * hydrates, row after row; here the rows stay plain `<a href>` (so they also work before and
 * without JavaScript) and clicks are taken over by delegation, with the same rules as next/link
 * (components/ui/soft-link-target.ts). Prefetching waits for intent (pointer over, focus,
 * touch), as the site's Link does (components/ui/locale-link.tsx). Hrefs must already carry
 * the locale (localizedHref).
 */
export function LinkRegion({ children, className }: { children: ReactNode; className?: string }) {
  const router = useRouter();
  const prefetched = useRef(new Set<string>());
  const intent = (event: SyntheticEvent) => {
    const anchor = anchorOf(event);
    const path = anchor ? sameSitePath(anchor, window.location.origin) : null;
    if (path && !prefetched.current.has(path)) {
      prefetched.current.add(path);
      router.prefetch(path);
    }
  };
  return (
    // The region only listens: the links inside are the interactive elements (keyboard Enter on
    // a link is a click and comes here too).
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      className={className}
      onMouseOver={intent}
      onFocus={intent}
      onTouchStart={intent}
      onClick={(event) => {
        const anchor = anchorOf(event);
        const path = anchor ? softNavigationTarget(event, anchor, window.location.origin) : null;
        if (!path) return;
        event.preventDefault();
        startTransition(() => router.push(path));
      }}
    >
      {children}
    </div>
  );
}
