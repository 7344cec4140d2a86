/**
 * Renews the staff session cookie on every staff page and staff API request, which is what
 * makes the 20-minute timeout an *idle* timeout: an official working through the API stays
 * signed in like one clicking through the pages. It protects nothing by itself: each page and
 * handler checks the session (its version, the account, the roles) again. Public pages and APIs
 * are not matched, so they stay pure static files and cookie-free.
 */
import NextAuth from 'next-auth';
import { baseAuthConfig } from '@/lib/auth/base-config';

const { auth } = NextAuth(baseAuthConfig);

export const proxy = auth;

export const config = {
  matcher: ['/admin/:path*', '/en/admin/:path*', '/api/v1/admin/:path*'],
};
