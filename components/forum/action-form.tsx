'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/citizen/form-feedback';
import type { ActionState } from '@/lib/actions/validated-action';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  hidden?: Record<string, string | number>;
  submitLabel: string;
  errorSummary: string;
  firstField?: string;
  /** Fields rendered by the page (labels and hints translated there). */
  children?: React.ReactNode;
  className?: string;
  buttonClassName?: string;
};

/**
 * A small forum form (endorse, follow, comment, report, moderate): the server action, the
 * hidden ids, the page's fields, and the result or errors announced above the button. After a
 * success the fields start empty again (the form remounts).
 */
export function ActionForm({ action, locale, hidden = {}, submitLabel, errorSummary, firstField = 'body', children, className, buttonClassName = 'btn' }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className={className} key={state.ok ? `done-${String((state.data as { message?: string } | undefined)?.message)}` : 'form'}>
      <FormFeedback state={state} title={errorSummary} firstField={firstField} />
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {children}
      <button type="submit" className={buttonClassName} disabled={pending} aria-disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
