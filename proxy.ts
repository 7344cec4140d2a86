/**
 * Renews the staff session cookie on every staff page request, which is what makes the
 * 20-minute timeout an *idle* timeout. It protects nothing by itself: each page checks the
 * session and role again. Public pages are not matched, so they stay pure static files.
 */
import NextAuth from 'next-auth';
import { baseAuthConfig } from '@/lib/auth/base-config';

const { auth } = NextAuth(baseAuthConfig);

export const proxy = auth;

export const config = {
  matcher: ['/admin/:path*', '/en/admin/:path*'],
};
