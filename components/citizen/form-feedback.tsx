'use client';

import { ErrorSummary } from '@/components/ui/error-summary';
import type { ActionState } from '@/lib/actions/validated-action';

/**
 * What every citizen form shows above its fields: the error summary (focus moves to it, links
 * to the fields) and, after success, the result in a polite live region.
 */
export function FormFeedback({ state, title, firstField }: { state: ActionState; title: string; firstField: string }) {
  const summary = [
    ...(state.message ? [{ field: firstField, message: state.message }] : []),
    ...Object.entries(state.errors ?? {}).flatMap(([field, messages]) => messages.map((message) => ({ field, message }))),
  ];
  const done = state.ok ? (state.data as { message?: string } | undefined)?.message : undefined;
  return (
    <>
      <ErrorSummary title={title} errors={summary} />
      <div role="status" aria-live="polite">
        {done ? <p className="mb-6 rounded-lg border-l-8 border-success bg-[#e8f5ec] p-4 font-semibold">{done}</p> : null}
      </div>
    </>
  );
}
