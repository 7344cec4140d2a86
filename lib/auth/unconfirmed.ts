/**
 * A citizen who typed the right code but has not confirmed the e-mail address yet: its own
 * code reaches the sign-in action (Auth.js turns a plain `null` into "wrong credentials").
 */
import { CredentialsSignin } from 'next-auth';

export const SIGN_IN_UNCONFIRMED_CODE = 'unconfirmed';

export class SignInUnconfirmed extends CredentialsSignin {
  override code = SIGN_IN_UNCONFIRMED_CODE;
}

export function isSignInUnconfirmed(error: unknown): boolean {
  return error instanceof CredentialsSignin && error.code === SIGN_IN_UNCONFIRMED_CODE;
}
