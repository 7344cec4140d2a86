import type { JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { baseAuthConfig, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '@/lib/auth/base-config';

const config = baseAuthConfig();
const jwt = config.callbacks!.jwt! as unknown as (args: { token: JWT; user?: { id: string; roles: string[]; sessionVersion?: number } }) => JWT | null;
const session = config.callbacks!.session! as unknown as (args: { session: { user: Record<string, unknown> }; token: JWT }) => {
  user: Record<string, unknown>;
};

describe('staff session', () => {
  it('expires after 20 minutes idle, renewed on every request', () => {
    expect(SESSION_IDLE_SECONDS).toBe(20 * 60);
    expect(config.session).toMatchObject({ strategy: 'jwt', maxAge: 20 * 60, updateAge: 0 });
  });

  it('puts the user id, roles and sign-in time in the token at sign-in', () => {
    const token = jwt({ token: {}, user: { id: 'u1', roles: ['official'] } });
    expect(token).toMatchObject({ uid: 'u1', roles: ['official'] });
    expect(Math.abs((token!.authTime as number) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('carries the session version from sign-in through renewals into the session', () => {
    const token = jwt({ token: {}, user: { id: 'u1', roles: ['official'], sessionVersion: 3 } });
    expect(token).toMatchObject({ sv: 3 });
    const renewed = jwt({ token: token! });
    expect(renewed).toMatchObject({ sv: 3 });
    expect(session({ session: { user: {} }, token: renewed! }).user).toMatchObject({ id: 'u1', sessionVersion: 3 });
    // A token from before session versions has none, and lib/auth/session.ts refuses it.
    expect(session({ session: { user: {} }, token: { uid: 'u1' } }).user.sessionVersion).toBeUndefined();
  });

  it('ends a session 12 hours after sign-in however active it is', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(jwt({ token: { uid: 'u1', authTime: now - SESSION_ABSOLUTE_SECONDS + 60 } })).not.toBeNull();
    expect(jwt({ token: { uid: 'u1', authTime: now - SESSION_ABSOLUTE_SECONDS - 1 } })).toBeNull();
  });

  it('trusts the host (needed for next start off Vercel) and logs no e-mail addresses', () => {
    expect(config.trustHost).toBe(true);
    expect(config.logger?.debug).toBeTypeOf('function');
  });
});
