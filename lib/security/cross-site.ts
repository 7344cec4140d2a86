/**
 * The proxy's refusal of cross-site form posts and server actions. Next.js refuses a server
 * action whose Origin does not match the host too, but by throwing, which answers 500; this
 * answers 403 in the API's error shape before the action is looked at.
 */
import { ApiError } from '@/lib/api/errors';
import { env } from '@/lib/env';
import { allowedOrigins, checkSameOrigin } from './origin';

/** Server actions carry `Next-Action`; without JavaScript they are form posts. */
export function isFormOrActionPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  if (request.headers.has('next-action')) return true;
  const type = request.headers.get('content-type')?.toLowerCase() ?? '';
  return type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
}

export function crossSiteRefusal(request: Request): Response | null {
  const h = request.headers;
  const verdict = checkSameOrigin(h, allowedOrigins(env().APP_URL, request.url, h.get('x-forwarded-host'), h.get('x-forwarded-proto')));
  if (verdict.ok) return null;
  return Response.json({ error: { code: 'forbidden', message: verdict.reason } }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * For route handlers: another site's request → a 403 ApiError (in the one error shape). Signed-in
 * routes call it through lib/api/session-handler.ts; a public route that starts a sign-in (the
 * passkey options) calls it itself, so another site cannot start one in the visitor's browser.
 */
export function assertSameOrigin(request: Request): void {
  const h = request.headers;
  const verdict = checkSameOrigin(h, allowedOrigins(env().APP_URL, request.url, h.get('x-forwarded-host'), h.get('x-forwarded-proto')));
  if (!verdict.ok) throw new ApiError('forbidden', verdict.reason, undefined, { 'Cache-Control': 'private, no-store' });
}
