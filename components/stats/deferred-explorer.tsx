'use client';

import { lazy, type ComponentProps } from 'react';
import { DeferredHydration } from '@/components/ui/deferred-hydration';
import type { TopicExplorer } from './topic-explorer';

const LazyExplorer = lazy(() => import('./topic-explorer').then((m) => ({ default: m.TopicExplorer })));

/**
 * A dashboard island whose script loads and hydrates when the reader gets to it (in view,
 * pointed at or focused, or once the page is idle): the server's HTML (chart, table, map and
 * the disabled filters) stands until then, so the page's first load carries no dashboard code.
 */
export function DeferredTopicExplorer(props: ComponentProps<typeof TopicExplorer>) {
  return (
    <DeferredHydration name={`stats-${props.id}`}>
      <LazyExplorer {...props} />
    </DeferredHydration>
  );
}
