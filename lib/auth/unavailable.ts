/**
 * Sign-in while the database is down or stalled. Auth.js turns any other error thrown in
 * `authorize` into "Configuration"; a CredentialsSignin with its own code reaches the sign-in
 * action (and, for a direct POST, the sign-in page as `?error=CredentialsSignin&code=unavailable`)
 * so the form can say "try again later" rather than "wrong password" or a bare error.
 */
import { CredentialsSignin } from 'next-auth';
import { isDatabaseUnavailable } from '@/lib/db/errors';

import { SIGN_IN_UNAVAILABLE_CODE } from './unavailable-code';

export class SignInUnavailable extends CredentialsSignin {
  override code = SIGN_IN_UNAVAILABLE_CODE;
}

/** Runs a sign-in step; a database that does not answer becomes SignInUnavailable. */
export async function orSignInUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new SignInUnavailable();
    throw error;
  }
}

/** True for SignInUnavailable and for any error that wraps a database outage. */
export function isSignInUnavailable(error: unknown): boolean {
  return (error instanceof CredentialsSignin && error.code === SIGN_IN_UNAVAILABLE_CODE) || isDatabaseUnavailable(error);
}
