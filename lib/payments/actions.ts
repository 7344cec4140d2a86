'use server';

import { redirect } from 'next/navigation';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { actionContext } from '@/lib/carriers/request-context';
import { localePath } from '@/lib/i18n/routing';
import { payBillFormSchema } from './schemas';
import { createPaymentOrder } from './store';

/* "Pay online" on a tax bill (auth 'citizen'; the owner is the principal). */

const MESSAGE = { not_payable: 'notPayable', key_reused: 'keyReused', unavailable: 'unavailable' } as const;

export const payBillAction = validatedAction(
  { auth: 'citizen', schema: payBillFormSchema, namespace: 'Payments' },
  async ({ billId, idempotencyKey }, { t, locale, principal }): Promise<ActionState> => {
    const result = await createPaymentOrder(principal.id, billId, idempotencyKey, { ...(await actionContext(principal)), locale });
    if (!result.ok) return { message: t(MESSAGE[result.code]) };
    // To the provider's page while the order can be paid there; a replayed form of an order that
    // is settled or ran out shows that order instead.
    redirect(result.order.checkoutUrl ?? localePath(locale, `/me/tax/payments/${result.order.id}`));
  },
);
