'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/citizen/form-feedback';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  category: string;
  threshold: number;
  days: number;
  labels: { threshold: string; days: string; submit: string; errorSummary: string };
};

/**
 * A category's endorsement threshold and deadline (/admin/forum/categories): the summary above
 * and each field's message next to it, the entered values kept after an error.
 */
export function CategoryRulesForm({ action, locale, category, threshold, days, labels }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const error = (field: string) => state.errors?.[field]?.[0];
  const value = (field: string, fallback: number) => (state.values?.[field] as string | undefined) ?? String(fallback);
  return (
    <form action={formAction} noValidate className="mt-4 grid gap-4" key={`${threshold}-${days}-${state.ok ? 'saved' : 'form'}`}>
      <FormFeedback state={state} title={labels.errorSummary} firstField="threshold" />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="category" value={category} />
      <TextField id="threshold" label={labels.threshold} error={error('threshold')} type="number" inputMode="numeric" min={1} max={1_000_000} defaultValue={value('threshold', threshold)} className="w-40" />
      <TextField id="days" label={labels.days} error={error('days')} type="number" inputMode="numeric" min={1} max={365} defaultValue={value('days', days)} className="w-40" />
      <p>
        <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
          {labels.submit}
        </button>
      </p>
    </form>
  );
}
