/**
 * The full Auth.js instance, three Credentials providers: staff sign in with e-mail and password
 * ('credentials'), citizens with mobile barcode and verification code ('citizen') or a passkey ('passkey').
 */
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { recordAudit } from '@/lib/audit';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { baseAuthConfig } from './base-config';
import { signInSchema } from './schemas';
import { authenticateStaff, recordMalformedSignIn } from './sign-in';
import { endSessions, sessionVersionFor } from './session-version';
import { orSignInUnavailable } from './unavailable';
import { citizenSignInSchema } from '@/lib/citizens/schemas';
import { authenticateCitizen, recordMalformedCitizenSignIn } from '@/lib/citizens/sign-in';
import { SignInUnconfirmed } from './unconfirmed';
import { challengeFromCookieHeader, openChallenge } from '@/lib/citizens/passkey-challenge';
import { parseAuthenticationResponse } from '@/lib/citizens/passkey-schemas';
import { authenticatePasskey } from '@/lib/citizens/passkeys';
import { relyingParty } from '@/lib/citizens/relying-party';
import { authSecret } from '@/lib/env';

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const base = baseAuthConfig();
  return {
    ...base,
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          // Every step reads or writes the database: an outage says "try again later", not "Configuration".
          return orSignInUnavailable(async () => {
            const parsed = signInSchema.safeParse(credentials);
            const meta = requestMetaFrom(request.headers);
            if (!parsed.success) {
              // The form never sends these; a script does. They count against the lockout too.
              await recordMalformedSignIn(credentials, parsed.error.issues.map((i) => String(i.path[0] ?? 'body')), meta);
              return null;
            }
            // Read before the password is checked: a password change or disabling that lands
            // meanwhile bumps the version, so this new session is refused rather than let through.
            const sessionVersion = await sessionVersionFor(parsed.data.email);
            const result = await authenticateStaff(parsed.data, meta);
            return result.ok && sessionVersion !== null ? { ...result.user, sessionVersion } : null;
          });
        },
      }),
      Credentials({
        id: 'citizen',
        name: 'citizen',
        credentials: { barcode: {}, code: {} },
        async authorize(credentials, request) {
          return orSignInUnavailable(async () => {
            const parsed = citizenSignInSchema.safeParse(credentials);
            const meta = requestMetaFrom(request.headers);
            if (!parsed.success) {
              await recordMalformedCitizenSignIn(credentials, parsed.error.issues.map((i) => String(i.path[0] ?? 'body')), meta);
              return null;
            }
            const result = await authenticateCitizen(parsed.data, meta);
            if (!result.ok && result.reason === 'unconfirmed') throw new SignInUnconfirmed();
            if (!result.ok) return null;
            const { id, barcode, email, sessionVersion } = result.user;
            return { id, name: barcode, email, roles: [], sessionVersion, kind: 'citizen' as const };
          });
        },
      }),
      // Citizens' passkeys (lib/citizens/passkeys.ts): the assertion, checked against the
      // challenge in the signed cookie that /api/v1/passkeys/options set.
      Credentials({
        id: 'passkey',
        name: 'passkey',
        credentials: { response: {} },
        async authorize(credentials, request) {
          return orSignInUnavailable(async () => {
            const response = parseAuthenticationResponse(credentials?.response);
            const challenge = openChallenge(authSecret(), challengeFromCookieHeader(request.headers.get('cookie')), 'authenticate', null);
            if (!response || !challenge) return null;
            const meta = requestMetaFrom(request.headers);
            const user = await authenticatePasskey(response, challenge, relyingParty(request.url, request.headers), meta);
            if (!user) return null;
            return { id: user.id, name: user.barcode, email: user.email, roles: [], sessionVersion: user.sessionVersion, kind: 'citizen' as const };
          });
        },
      }),
    ],
    events: {
      // Every sign-out, from the staff button (lib/auth/actions.ts) or a POST to /api/auth/signout,
      // ends all of the user's sessions and is audited here, once.
      async signOut(message) {
        const token = 'token' in message ? message.token : null;
        if (typeof token?.uid !== 'string') return;
        const user = await endSessions({ userId: token.uid, sessionVersion: typeof token.sv === 'number' ? token.sv : undefined });
        if (!user) return; // already revoked: nothing ended, nothing to record
        const meta = requestMetaFrom(await headers());
        await recordAudit({ actor: { id: user.id, label: user.email || user.name }, action: 'auth.sign_out', meta });
      },
    },
  };
});
