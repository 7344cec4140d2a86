'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/citizen/form-feedback';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { createThreadAction } from '@/lib/forum/actions';

type Option = { value: string; label: string };
type Labels = { kind: string; kindHint: string; category: string; title: string; titleHint: string; body: string; bodyHint: string; submit: string; errorSummary: string };

/** Start a thread (a proposal or a question); on success the action opens the new thread. */
export function NewThreadForm({ locale, kinds, categories, labels }: { locale: string; kinds: Option[]; categories: Option[]; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(createThreadAction, {});
  const errors = state.errors ?? {};
  const v = (k: string, fallback = '') => state.values?.[k] ?? fallback;
  return (
    <form action={action} noValidate className="max-w-3xl">
      <FormFeedback state={state} title={labels.errorSummary} firstField="title" />
      <input type="hidden" name="locale" value={locale} />
      <SelectField id="kind" name="kind" label={labels.kind} hint={labels.kindHint} error={errors.kind?.[0]} options={kinds} defaultValue={v('kind', 'proposal')} key={`k-${v('kind')}`} />
      <SelectField id="category" name="category" label={labels.category} error={errors.category?.[0]} options={categories} defaultValue={v('category', categories[0]?.value)} key={`c-${v('category')}`} />
      <TextField id="title" label={labels.title} hint={labels.titleHint} error={errors.title?.[0]} defaultValue={v('title')} key={`t-${v('title')}`} maxLength={200} />
      <TextArea id="body" name="body" label={labels.body} hint={labels.bodyHint} error={errors.body?.[0]} defaultValue={v('body')} key={`b-${v('body')}`} rows={10} />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
