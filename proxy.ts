/**
 * Renews the staff session cookie on every staff page request, which is what makes the
 * 20-minute timeout an *idle* timeout. It protects nothing by itself: each page checks the
 * session (its version, the account, the roles) again. Public pages are not matched, so they
 * stay pure static files.
 *
 * Staff APIs renew the cookie in `staffHandler` instead (lib/api/staff-handler.ts): a matched
 * proxy makes Next buffer the request body (up to 10 MB) before the route can refuse it.
 */
import NextAuth from 'next-auth';
import { baseAuthConfig } from '@/lib/auth/base-config';

const { auth } = NextAuth(baseAuthConfig);

export const proxy = auth;

export const config = {
  matcher: ['/admin/:path*', '/en/admin/:path*'],
};
