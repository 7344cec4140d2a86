'use server';

import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
import { STAFF_HINT_COOKIE, STAFF_HINT_MAX_AGE } from '@/lib/citizens/hint-cookie';
import { env } from '@/lib/env';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { signIn, signOut } from './config';
import { signInSchema } from './schemas';
import { signInStatus } from './sign-in';
import { isSignInUnavailable } from './unavailable';
import { failedSignInMessage } from '@/lib/auth/failed-sign-in';

/** Only our own staff pages may be a post-sign-in destination (no open redirect). */
function safeNext(value: FormDataEntryValue | null, locale: Locale): string {
  const fallback = localePath(locale, '/admin');
  if (typeof value !== 'string') return fallback;
  return /^\/(en\/)?admin(\/[a-z0-9/-]*)?$/.test(value) ? value : fallback;
}

/** The header's hint (lib/citizens/hint-cookie.ts): on with the staff session, off at sign-out. */
async function setStaffHint(on: boolean): Promise<void> {
  const jar = await cookies();
  if (on) jar.set(STAFF_HINT_COOKIE, '1', { path: '/', sameSite: 'lax', maxAge: STAFF_HINT_MAX_AGE, secure: env().APP_URL.startsWith('https:') });
  else jar.delete(STAFF_HINT_COOKIE);
}

export const signInAction = validatedAction(
  { auth: 'public', schema: signInSchema, namespace: 'Staff', keep: ['email'] },
  async (input, { locale, t, formData }) => {
    try {
      await signIn('credentials', { ...input, redirectTo: safeNext(formData.get('next'), locale) });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof AuthError)) {
        // Auth.js's success redirect: the session cookie is set; the header hint goes with it.
        await setStaffHint(true);
        throw error;
      }
      if (isSignInUnavailable(error)) return { message: t('signInUnavailable') };
      return { message: await failedSignInMessage(t, (ip) => signInStatus(input.email, ip)) };
    }
  },
);

// Public: a cookie that was already revoked must still be able to clear itself.
export const signOutAction = validatedAction(
  { auth: 'public', schema: z.object({}), namespace: 'Staff' },
  async (_input, { locale }) => {
    await setStaffHint(false);
    // Auth.js `events.signOut` (lib/auth/config.ts) ends every session of the user and audits it.
    await signOut({ redirectTo: localePath(locale, '/staff/sign-in') });
    return { ok: true };
  },
);
