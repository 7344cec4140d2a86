/** The full Auth.js instance: staff sign in with e-mail and password (Credentials). */
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { baseAuthConfig } from './base-config';
import { signInSchema } from './schemas';
import { authenticateStaff, recordMalformedSignIn } from './sign-in';

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const base = baseAuthConfig();
  return {
    ...base,
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          const meta = requestMetaFrom(request.headers);
          if (!parsed.success) {
            // The form never sends these; a script does. They count against the lockout too.
            await recordMalformedSignIn(credentials, parsed.error.issues.map((i) => String(i.path[0] ?? 'body')), meta);
            return null;
          }
          const result = await authenticateStaff(parsed.data, meta);
          return result.ok ? result.user : null;
        },
      }),
    ],
  };
});
