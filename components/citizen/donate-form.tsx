'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { donateAction } from '@/lib/donations/actions';
import { FormFeedback } from './form-feedback';

type Labels = { invoiceNumber: string; invoiceNumberHint: string; loveCode: string; loveCodeHint: string; submit: string; errorSummary: string };

/**
 * Donate one invoice. The form carries an idempotency key made when the page was rendered, so
 * pressing the button twice (or a resent post) gives one donation; after a donation the action
 * hands back a new key for the next one.
 */
export function DonateForm({ locale, idempotencyKey, loveCode, labels }: { locale: string; idempotencyKey: string; loveCode: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(donateAction, {});
  const errors = state.errors ?? {};
  const key = (state.data as { nextKey?: string } | undefined)?.nextKey ?? idempotencyKey;
  const v = (k: string, fallback = '') => state.values?.[k] ?? fallback;
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormFeedback state={state} title={labels.errorSummary} firstField="invoiceNumber" />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <TextField
        id="invoiceNumber"
        label={labels.invoiceNumber}
        hint={labels.invoiceNumberHint}
        error={errors.invoiceNumber?.[0]}
        defaultValue={v('invoiceNumber')}
        key={`i-${key}-${v('invoiceNumber')}`}
        autoComplete="off"
        spellCheck={false}
        className="font-mono text-lg tracking-wider"
      />
      <TextField
        id="loveCode"
        label={labels.loveCode}
        hint={labels.loveCodeHint}
        error={errors.loveCode?.[0]}
        defaultValue={v('loveCode', loveCode)}
        key={`l-${key}-${v('loveCode', loveCode)}`}
        inputMode="numeric"
        autoComplete="off"
        className="w-48 font-mono text-lg"
      />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
