// In the integration project because it loads next-auth, which the unit project does not resolve.
import { CredentialsSignin } from 'next-auth';
import { describe, expect, it } from 'vitest';
import { isSignInUnavailable, orSignInUnavailable, SignInUnavailable } from '@/lib/auth/unavailable';
import { SIGN_IN_UNAVAILABLE_CODE } from '@/lib/auth/unavailable-code';

describe('sign-in while the database is unavailable', () => {
  it('turns a database outage in authorize into a CredentialsSignin Auth.js passes on (not "Configuration")', async () => {
    const outage = Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
    const error = await orSignInUnavailable(() => Promise.reject(outage)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInUnavailable);
    expect(error).toBeInstanceOf(CredentialsSignin);
    expect((error as CredentialsSignin).code).toBe(SIGN_IN_UNAVAILABLE_CODE);
    expect(isSignInUnavailable(error)).toBe(true);
  });

  it('passes results and other errors through unchanged', async () => {
    await expect(orSignInUnavailable(async () => 42)).resolves.toBe(42);
    const bug = new TypeError('bug');
    await expect(orSignInUnavailable(() => Promise.reject(bug))).rejects.toBe(bug);
    expect(isSignInUnavailable(new CredentialsSignin())).toBe(false);
    expect(isSignInUnavailable(bug)).toBe(false);
  });

  it('recognises an outage Auth.js wrapped itself (CallbackRouteError keeps it in cause.err)', () => {
    expect(isSignInUnavailable(Object.assign(new Error('CallbackRouteError'), { cause: { err: { code: 'ECONNREFUSED' } } }))).toBe(true);
  });
});
