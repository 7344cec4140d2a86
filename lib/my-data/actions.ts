'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { signOut } from '@/lib/auth/config';
import { CITIZEN_HINT_COOKIE } from '@/lib/citizens/hint-cookie';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { localePath } from '@/lib/i18n/routing';
import { minutesToWait } from '@/lib/rate-limit/policies';
import { cancelDeletion, requestDeletion } from './deletion';
import { deletionCancelSchema, deletionRequestSchema } from './schemas';

/**
 * Asks for the account's deletion. On success every session has ended (the session version
 * moved on), so signing out here only clears this browser's cookie, and the sign-in page says
 * what happens next and how to cancel.
 */
export const requestDeletionAction = validatedAction(
  { auth: 'citizen', schema: deletionRequestSchema, namespace: 'MyData' },
  async (input, { locale, t, principal }) => {
    const outcome = await requestDeletion(principal.id, input.verificationCode, { meta: requestMetaFrom(await headers()) });
    if (!outcome.ok) {
      if (outcome.reason === 'locked') return { message: t('lockedOut', { minutes: minutesToWait(outcome.retryAfterSeconds) }) };
      return { errors: { verificationCode: [t('wrongCode')] } };
    }
    (await cookies()).delete(CITIZEN_HINT_COOKIE);
    await signOut({ redirectTo: `${localePath(locale, '/sign-in')}?notice=deletion-requested` });
    return { ok: true };
  },
);

export const cancelDeletionAction = validatedAction(
  { auth: 'citizen', schema: deletionCancelSchema, namespace: 'MyData' },
  async (_input, { locale, t, principal }) => {
    const cancelled = await cancelDeletion(principal.id, { meta: requestMetaFrom(await headers()) });
    if (!cancelled) return { message: t('notPending') };
    redirect(`${localePath(locale, '/me/data')}?notice=cancelled`);
  },
);
