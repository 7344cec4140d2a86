'use server';

import { refresh } from 'next/cache';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { minutesToWait } from '@/lib/rate-limit/policies';
import { actionContext } from './request-context';
import { linkCarrierSchema, unlinkCarrierSchema } from './schemas';
import { linkCarrier, unlinkCarrier } from './store';
import { carrierTypeKey } from './types';

/*
 * The forms of /me/carriers. Like every citizen form, through validatedAction with auth
 * 'citizen' (no session → a message, never data); the owner is the principal's id, so nothing a
 * form sends can name another owner.
 */

export const linkCarrierAction = validatedAction(
  { auth: 'citizen', schema: linkCarrierSchema, namespace: 'Carriers', keep: ['typeCode', 'number'] },
  async (input, { t, principal }): Promise<ActionState> => {
    const result = await linkCarrier(principal.id, input, await actionContext(principal));
    if (!result.ok) {
      if (result.code === 'rate_limited') return { message: t('rateLimited', { minutes: minutesToWait(result.retryAfterSeconds) }) };
      return { errors: { number: [t(result.code === 'already_linked' ? 'alreadyLinked' : 'notFound')] } };
    }
    refresh();
    const type = t(`types.${carrierTypeKey(result.carrier.typeCode)}`);
    return { ok: true, values: {}, data: { message: t('linked', { type, number: result.carrier.number }) } };
  },
);

export const unlinkCarrierAction = validatedAction(
  { auth: 'citizen', schema: unlinkCarrierSchema, namespace: 'Carriers' },
  async (input, { t, principal }): Promise<ActionState> => {
    const result = await unlinkCarrier(principal.id, Number(input.carrierId), await actionContext(principal));
    if (!result.ok) return { message: t(result.code === 'mobile_barcode' ? 'barcodeKept' : 'carrierNotFound') };
    refresh();
    return { ok: true, data: { message: t('unlinked') } };
  },
);
