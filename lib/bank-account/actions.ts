'use server';

import { refresh } from 'next/cache';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { actionContext } from '@/lib/carriers/request-context';
import { minutesToWait } from '@/lib/rate-limit/policies';
import { bankAccountSchema } from './schemas';
import { setBankAccount } from './store';

/** The form of /me/bank-account (auth 'citizen'; the owner is the principal). */
export const setBankAccountAction = validatedAction(
  // The verification code is never kept: a failed form comes back without it.
  { auth: 'citizen', schema: bankAccountSchema, namespace: 'BankAccount', keep: ['bankCode', 'accountNumber'] },
  async (input, { t, principal }): Promise<ActionState> => {
    const result = await setBankAccount(principal.id, input, await actionContext(principal));
    if (!result.ok) {
      if (result.code === 'rate_limited') return { message: t('rateLimited', { minutes: minutesToWait(result.retryAfterSeconds) }) };
      return { errors: { verificationCode: [t('wrongWithRemaining', { remaining: result.remaining })] } };
    }
    refresh();
    return { ok: true, values: {}, data: { message: t('saved', { bankCode: result.account.bankCode, last4: result.account.last4 }) } };
  },
);
