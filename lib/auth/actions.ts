'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { validatedAction } from '@/lib/actions/validated-action';
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

export const signInAction = validatedAction(
  { auth: 'public', schema: signInSchema, namespace: 'Staff', keep: ['email'] },
  async (input, { locale, t, formData }) => {
    try {
      await signIn('credentials', { ...input, redirectTo: safeNext(formData.get('next'), locale) });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof AuthError)) throw error; // the success redirect
      if (isSignInUnavailable(error)) return { message: t('signInUnavailable') };
      return { message: await failedSignInMessage(t, (ip) => signInStatus(input.email, ip)) };
    }
  },
);

// Public: a cookie that was already revoked must still be able to clear itself.
export const signOutAction = validatedAction(
  { auth: 'public', schema: z.object({}), namespace: 'Staff' },
  async (_input, { locale }) => {
    // Auth.js `events.signOut` (lib/auth/config.ts) ends every session of the user and audits it.
    await signOut({ redirectTo: localePath(locale, '/staff/sign-in') });
    return { ok: true };
  },
);
