/**
 * The part of the Auth.js configuration that needs no database, shared by the full config
 * (lib/auth/config.ts) and the proxy, which only refreshes the session cookie.
 */
import type { NextAuthConfig } from 'next-auth';
import { authSecret } from '@/lib/env';
import type { StaffRole, UserKind } from '@/lib/db/schema';

/** Signed out after 20 minutes without a request; the cookie's life is renewed on each one. */
export const SESSION_IDLE_SECONDS = 20 * 60;
/** However active, a staff session ends 12 hours after sign-in (a working day)… */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** …and a citizen's 8 hours after it. */
export const CITIZEN_SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;

/** The absolute limit for a session of this kind (tokens from before kinds were stored are staff). */
export function absoluteLimitSeconds(kind: unknown): number {
  return kind === 'citizen' ? CITIZEN_SESSION_ABSOLUTE_SECONDS : SESSION_ABSOLUTE_SECONDS;
}

export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: authSecret(),
    // Off Vercel (`next start`), Auth.js must be told to trust the Host header.
    trustHost: true,
    session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
    pages: { signIn: '/staff/sign-in', error: '/staff/sign-in' },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        const now = Math.floor(Date.now() / 1000);
        if (user) {
          token.uid = user.id;
          token.roles = user.roles ?? [];
          // The user's session version at sign-in; lib/auth/session.ts refuses the cookie once it moves on.
          token.sv = user.sessionVersion;
          token.authTime = now;
          token.kind = user.kind ?? 'staff';
        }
        if (typeof token.authTime === 'number' && now - token.authTime > absoluteLimitSeconds(token.kind)) return null;
        return token;
      },
      session({ session, token }) {
        session.user.id = String(token.uid ?? '');
        session.user.roles = (token.roles as StaffRole[] | undefined) ?? [];
        session.user.sessionVersion = typeof token.sv === 'number' ? token.sv : undefined;
        session.user.kind = token.kind === 'citizen' ? 'citizen' : 'staff';
        return session;
      },
    },
    // Auth.js logs can carry e-mail addresses; keep only the error class.
    logger: {
      // Minified builds shorten class names; Auth.js errors carry a readable `type`.
      error: (error) => console.error(`[auth] ${(error as { type?: string }).type ?? error.name}`),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => {},
    },
  };
}

declare module 'next-auth' {
  interface User {
    roles?: StaffRole[];
    sessionVersion?: number;
    kind?: UserKind;
  }
  interface Session {
    user: {
      id: string;
      name?: string | null;
      email?: string | null;
      image?: string | null;
      /** As at sign-in; the database's current roles are what count (lib/auth/session.ts). */
      roles: StaffRole[];
      sessionVersion?: number;
      /** Which sign-in made the session; the database's users.kind is what counts (lib/auth/principal.ts). */
      kind: UserKind;
    };
  }
}
