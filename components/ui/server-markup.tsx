'use client';

import { useState, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react';

const noSubscribe = () => () => {};
const KEEP = { __html: '' };

/**
 * Whether this component was first rendered from the server's HTML (server render, then
 * hydration): true for its whole life then; false for one created in the browser (a client-side
 * navigation, a view opened later), which has no server markup to keep.
 */
export function useServerRendered(): boolean {
  // The server snapshot is read on the server and while hydrating; the other one afterwards.
  const fromServer = useSyncExternalStore(
    noSubscribe,
    () => false,
    () => true,
  );
  const [first] = useState(fromServer);
  return first;
}

type Tag = 'div' | 'tbody' | 'ul' | 'select';

type Props<T extends Tag> = {
  as: T;
  /**
   * What the children show (a view, the table's rows): the server's markup is kept while this is
   * the value the element was hydrated with (compared by identity); any other value renders the
   * children in the browser.
   */
  version: unknown;
  children: ReactNode;
} & Omit<ComponentPropsWithoutRef<T>, 'children' | 'dangerouslySetInnerHTML'>;

/**
 * An element whose server-rendered content the browser keeps as it is, without hydrating it,
 * until what it shows changes. Hydrating markup is React work per node (on the statistics pages,
 * most of the page's load: every path of a map, bar of a chart and cell of a table); content
 * that only shows the server's numbers needs none of it. The HTML stays complete without
 * JavaScript, and nothing moves: the same nodes stay in place.
 *
 * How: while hydrating, the browser renders the element with an empty `dangerouslySetInnerHTML`,
 * which React takes over without looking at its children (React does not compare or replace
 * inner HTML when hydrating in production). A later render with another `version` gives the
 * element children again; React then clears the kept markup and draws them. An element mounted
 * in the browser (a client-side navigation, a view opened later) renders its children at once.
 * The kept content must not need React: no handlers, state or effects inside it. A <select>'s
 * options may be kept too: React sets its value on the options it finds in the element.
 */
export function ServerMarkup<T extends Tag>({ as, version, children, ...rest }: Props<T>) {
  const fromServer = useServerRendered();
  const [hydratedWith, setHydratedWith] = useState(() => (fromServer ? { version } : null));
  // Once drawn in the browser, never kept again: the kept markup is gone, even if the first
  // version comes back (a choice undone).
  if (hydratedWith !== null && !Object.is(hydratedWith.version, version)) setHydratedWith(null);
  const Element = as as 'div';
  const keep = typeof window !== 'undefined' && hydratedWith !== null && Object.is(hydratedWith.version, version);
  if (keep) return <Element {...(rest as ComponentPropsWithoutRef<'div'>)} dangerouslySetInnerHTML={KEEP} suppressHydrationWarning />;
  return <Element {...(rest as ComponentPropsWithoutRef<'div'>)}>{children}</Element>;
}
