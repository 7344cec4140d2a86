'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { setBankAccountAction } from '@/lib/bank-account/actions';
import { FormFeedback } from './form-feedback';

type Labels = {
  bankCode: string;
  bankCodeHint: string;
  accountNumber: string;
  accountNumberHint: string;
  verificationCode: string;
  verificationCodeHint: string;
  submit: string;
  errorSummary: string;
};

/** Set or change the prize account; the verification code is asked every time and never refilled. */
export function BankAccountForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setBankAccountAction, {});
  const errors = state.errors ?? {};
  const v = (k: string) => state.values?.[k] ?? '';
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormFeedback state={state} title={labels.errorSummary} firstField="bankCode" />
      <input type="hidden" name="locale" value={locale} />
      <TextField id="bankCode" label={labels.bankCode} hint={labels.bankCodeHint} error={errors.bankCode?.[0]} defaultValue={v('bankCode')} key={`b-${v('bankCode')}`} inputMode="numeric" autoComplete="off" className="w-32 font-mono text-lg" />
      <TextField
        id="accountNumber"
        label={labels.accountNumber}
        hint={labels.accountNumberHint}
        error={errors.accountNumber?.[0]}
        defaultValue={v('accountNumber')}
        key={`a-${v('accountNumber')}`}
        inputMode="numeric"
        autoComplete="off"
        className="font-mono text-lg"
      />
      <TextField
        id="verificationCode"
        type="password"
        label={labels.verificationCode}
        hint={labels.verificationCodeHint}
        error={errors.verificationCode?.[0]}
        autoComplete="current-password"
      />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
