/** The full Auth.js instance: staff sign in with e-mail and password (Credentials). */
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { baseAuthConfig } from './base-config';
import { signInSchema } from './schemas';
import { authenticateStaff } from './sign-in';
import { orSignInUnavailable } from './unavailable';

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const base = baseAuthConfig();
  return {
    ...base,
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await orSignInUnavailable(() => authenticateStaff(parsed.data, requestMetaFrom(request.headers)));
          return result.ok ? result.user : null;
        },
      }),
    ],
  };
});
