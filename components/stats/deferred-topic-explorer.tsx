'use client';

import type { ComponentProps } from 'react';
import { DeferredHydration } from '@/components/ui/deferred-hydration';
import { TopicExplorer } from './topic-explorer';

/**
 * A dashboard that hydrates when the reader reaches it (the statistics overview, below the fold).
 * TopicExplorer is imported here, in the same client module as the gate, not handed in as
 * children from the server page: a client component from the server is a module reference that
 * server rendering resolves by suspending, and inside DeferredHydration's boundary that wrote the
 * dashboard as a hidden segment revealed by a script (gone without JavaScript). Imported here it
 * renders in place, in the HTML as before.
 */
export function DeferredTopicExplorer({ name, ...props }: ComponentProps<typeof TopicExplorer> & { name: string }) {
  return (
    <DeferredHydration name={name} whenIdle={false}>
      <TopicExplorer {...props} />
    </DeferredHydration>
  );
}
