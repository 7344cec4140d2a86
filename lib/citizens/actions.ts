'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { signIn, signOut } from '@/lib/auth/config';
import { isSignInUnavailable } from '@/lib/auth/unavailable';
import { isSignInUnconfirmed } from '@/lib/auth/unconfirmed';
import { env } from '@/lib/env';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { MailUnavailableError } from '@/lib/mail/mailer';
import { RateLimitError, minutesToWait } from '@/lib/rate-limit/policies';
import { changeCode, confirmEmail, registerCitizen, requestCodeReset, resetCode, type CitizenContext } from './accounts';
import { CITIZEN_HINT_COOKIE, CITIZEN_HINT_MAX_AGE } from './hint-cookie';
import { changeCodeSchema, citizenSignInSchema, confirmSchema, registerSchema, resetRequestSchema, resetSchema } from './schemas';
import { citizenSignInStatus } from './sign-in';
import { CHALLENGE_COOKIE } from './passkey-challenge';
import { removePasskeySchema } from './passkey-schemas';
import { removePasskey } from './passkeys';
import { failedSignInMessage } from '@/lib/auth/failed-sign-in';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Only our own personal pages may be a post-sign-in destination (no open redirect). */
function safeNext(value: FormDataEntryValue | null, locale: Locale): string {
  const fallback = localePath(locale, '/me');
  if (typeof value !== 'string') return fallback;
  // Personal pages, and the forum (a reader signs in to post, endorse or comment and comes back).
  return /^\/(en\/)?(me|forum)(\/[a-z0-9/-]*)?$/.test(value) ? value : fallback;
}

async function context(locale: Locale): Promise<CitizenContext> {
  return { locale, meta: requestMetaFrom(await headers()), origin: env().APP_URL };
}

async function setHint(on: boolean): Promise<void> {
  const jar = await cookies();
  if (on) jar.set(CITIZEN_HINT_COOKIE, '1', { path: '/', sameSite: 'lax', maxAge: CITIZEN_HINT_MAX_AGE, secure: env().APP_URL.startsWith('https:') });
  else jar.delete(CITIZEN_HINT_COOKIE);
}

/** Rate limits and a mail that cannot go out are said plainly; anything else is the wrapper's. */
function refusal(error: unknown, t: Translate): { message: string } {
  if (error instanceof RateLimitError) return { message: t('rateLimited', { minutes: minutesToWait(error.retryAfterSeconds) }) };
  if (error instanceof MailUnavailableError) return { message: t('mailUnavailable') };
  throw error;
}

const TOKEN_MESSAGES = { invalid: 'linkInvalid', used: 'linkUsed', expired: 'linkExpired' } as const;

export const citizenSignInAction = validatedAction(
  { auth: 'public', schema: citizenSignInSchema, namespace: 'Citizen', keep: ['barcode'] },
  async (input, { locale, t, formData }) => {
    try {
      await signIn('citizen', { ...input, redirectTo: safeNext(formData.get('next'), locale) });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof AuthError)) {
        // Auth.js's success redirect: the session cookie is set; the header hint goes with it.
        await setHint(true);
        throw error;
      }
      if (isSignInUnconfirmed(error)) return { message: t('unconfirmed') };
      if (isSignInUnavailable(error)) return { message: t('signInUnavailable') };
      return { message: await failedSignInMessage(t, (ip) => citizenSignInStatus(input.barcode, ip)) };
    }
  },
);

// Public: a cookie that was already revoked must still be able to clear itself.
export const citizenSignOutAction = validatedAction(
  { auth: 'public', schema: z.object({}), namespace: 'Citizen' },
  async (_input, { locale }) => {
    await setHint(false);
    // Auth.js `events.signOut` (lib/auth/config.ts) ends every session of the user and audits it.
    await signOut({ redirectTo: `${localePath(locale, '/sign-in')}?notice=signed-out` });
    return { ok: true };
  },
);

export const registerAction = validatedAction(
  { auth: 'public', schema: registerSchema, namespace: 'Citizen', keep: ['email'] },
  async (input, { locale, t }) => {
    try {
      await registerCitizen(input, await context(locale));
      return { ok: true, data: { email: input.email } };
    } catch (error) {
      return refusal(error, t);
    }
  },
);

export const confirmAction = validatedAction(
  { auth: 'public', schema: confirmSchema, namespace: 'Citizen' },
  async (input, { locale, t }) => {
    const outcome = await confirmEmail(input.token, (await context(locale)).meta);
    if (!outcome.ok) return { message: t(TOKEN_MESSAGES[outcome.problem]) };
    return { ok: true, data: { barcode: outcome.barcode } };
  },
);

export const resetRequestAction = validatedAction(
  { auth: 'public', schema: resetRequestSchema, namespace: 'Citizen', keep: ['email'] },
  async (input, { locale, t }) => {
    try {
      await requestCodeReset(input.email, await context(locale));
      return { ok: true, data: { email: input.email } };
    } catch (error) {
      return refusal(error, t);
    }
  },
);

export const resetAction = validatedAction(
  { auth: 'public', schema: resetSchema, namespace: 'Citizen' },
  async (input, { locale, t }) => {
    const outcome = await resetCode(input.token, input.code, (await context(locale)).meta);
    if (!outcome.ok) return { message: t(TOKEN_MESSAGES[outcome.problem]) };
    // Every session just ended; a cookie in this browser would only be refused.
    await setHint(false);
    redirect(`${localePath(locale, '/sign-in')}?notice=reset`);
  },
);

export const changeCodeAction = validatedAction(
  { auth: 'citizen', schema: changeCodeSchema, namespace: 'Citizen' },
  async (input, { locale, t, principal }) => {
    const outcome = await changeCode(principal.id, input, await context(locale));
    if (!outcome.ok) {
      if (outcome.reason === 'locked') return { message: t('lockedOut', { minutes: minutesToWait(outcome.retryAfterSeconds) }) };
      return { errors: { currentCode: [t('wrongCurrentCode')] } };
    }
    await setHint(false);
    // The session version moved on, so this clears the cookie without a second sign-out entry.
    await signOut({ redirectTo: `${localePath(locale, '/sign-in')}?notice=code-changed` });
    return { ok: true };
  },
);

export const passkeySignInAction = validatedAction(
  { auth: 'public', schema: z.object({ response: z.string().max(20_000) }), namespace: 'Citizen' },
  async (input, { locale, t, formData }) => {
    try {
      await signIn('passkey', { response: input.response, redirectTo: safeNext(formData.get('next'), locale) });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof AuthError)) {
        await setHint(true);
        // A challenge is good for one sign-in.
        (await cookies()).delete(CHALLENGE_COOKIE);
        throw error;
      }
      if (isSignInUnavailable(error)) return { message: t('signInUnavailable') };
      return { message: t('passkeySignInFailed') };
    }
  },
);

export const removePasskeyAction = validatedAction(
  { auth: 'citizen', schema: removePasskeySchema, namespace: 'Citizen' },
  async (input, { locale, t, principal }) => {
    // Another citizen's passkey id removes nothing: the owner is in the query.
    const removed = await removePasskey(principal.id, input.id, (await context(locale)).meta);
    revalidatePath(localePath(locale, '/me/security'));
    return removed ? { ok: true, message: t('passkeyRemoved') } : { message: t('passkeyNotFound') };
  },
);
