'use server';

import { randomUUID } from 'node:crypto';
import { refresh } from 'next/cache';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { actionContext } from '@/lib/carriers/request-context';
import { donateFormSchema } from './schemas';
import { donate } from './store';

/* The donate form of /me/donations (auth 'citizen'; the owner is the principal). */

const DONATION_FIELD: Record<string, 'invoiceNumber' | 'loveCode' | null> = {
  not_found: 'invoiceNumber',
  already_donated: 'invoiceNumber',
  printed: 'invoiceNumber',
  after_draw: 'invoiceNumber',
  unknown_love_code: 'loveCode',
  key_reused: null,
};
const DONATION_MESSAGE: Record<string, string> = {
  not_found: 'notFound',
  already_donated: 'alreadyDonated',
  printed: 'printed',
  after_draw: 'afterDraw',
  unknown_love_code: 'unknownLoveCode',
  key_reused: 'keyReused',
};

export const donateAction = validatedAction(
  { auth: 'citizen', schema: donateFormSchema, namespace: 'Donations', keep: ['invoiceNumber', 'loveCode'] },
  async ({ idempotencyKey, ...input }, { t, locale, principal }): Promise<ActionState> => {
    const result = await donate(principal.id, input, idempotencyKey, await actionContext(principal));
    if (!result.ok) {
      const field = DONATION_FIELD[result.code];
      const message = t(DONATION_MESSAGE[result.code]!);
      return field ? { errors: { [field]: [message] } } : { message };
    }
    refresh();
    const d = result.donation;
    return {
      ok: true,
      values: {},
      // A fresh key for the next donation: this one now names the donation just made.
      data: { nextKey: randomUUID(), message: t('donated', { number: d.invoiceNumber, organisation: locale === 'en' ? d.organisationEn : d.organisation, code: d.loveCode }) },
    };
  },
);
