/**
 * Signed-in route handlers (loaded by `routeHandler` for any `auth` but 'public'), on the Node
 * runtime. In order: another site's request → 403 (for staff on every method, for citizens on
 * writes: an app reading its own data may send no Origin at all); no session of the right kind →
 * 401; a staff member without the permission → 403, audited; then the body is read and
 * validated. Every answer is personal: `Cache-Control: private, no-store`. Like a signed-in
 * page, API use keeps the idle window open: a call renews the session cookie once it is a minute
 * old (lib/auth/session-token.ts), not on every call, which cost an encryption per request.
 */
import 'server-only';
import type { z } from 'zod';
import { checkAccess, type Access } from '@/lib/auth/access';
import { auth } from '@/lib/auth/config';
import { readSessionToken, renewalDue, sessionTokenFrom } from '@/lib/auth/session-token';
import { assertSameOrigin } from '@/lib/security/cross-site';
import { editHeaders } from './client-limit';
import { apiHandler, readJson } from './handler';
import { ApiError } from './errors';
import type { RouteContext, RouteOptions } from './route-handler';

type Route<TParams> = (request: Request, context?: { params?: Promise<TParams> }) => Promise<Response>;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionHandler<A extends Access, TSchema extends z.ZodType | undefined, TParams>(
  options: RouteOptions<A, TSchema>,
  handler: (ctx: RouteContext<A, TSchema, TParams>) => Promise<Response> | Response,
): Route<TParams> {
  const citizen = options.auth === 'citizen';
  const run = apiHandler<undefined, TParams>({}, async ({ request, params }) => {
    // Another site's page must not be able to use a signed-in cookie (CSRF); refused before anything else.
    if (!citizen || !READS.has(request.method)) assertSameOrigin(request);
    const access = await checkAccess(options.auth, `${request.method} ${new URL(request.url).pathname}`);
    if (!access.ok) {
      if (access.reason === 'forbidden') throw new ApiError('forbidden', 'Your role does not allow this action.');
      throw new ApiError('unauthorized', citizen ? 'Sign in to use this API.' : 'Sign in as staff to use this API.');
    }
    // Read and validate the body only after the caller is known to be allowed.
    const body = (options.body ? await readJson(request, options.body, options.maxBodyBytes, options.messages, options.quick) : undefined) as RouteContext<A, TSchema, TParams>['body'];
    return handler({ request, body, params, principal: access.principal });
  });
  // Auth.js's route wrapper adds the re-issued session cookie to whatever the handler answers
  // (what proxy.ts does for pages). It renews a revoked cookie too, harmlessly: the version
  // check refuses it on every use.
  // With a lazily built config (lib/auth/config.ts) Auth.js hands the wrapped handler back in a
  // Promise; awaiting it also works should that change.
  const renewing = auth((request, context) => run(request, context as { params?: Promise<TParams> })) as unknown as Route<TParams> | Promise<Route<TParams>>;
  return async (request, context) => {
    // Through Auth.js when the cookie is due for renewal, or present but not a valid session
    // (Auth.js then clears it); a fresh valid cookie goes straight to the handler, whose
    // principal check (lib/auth/principal.ts) reuses this decryption.
    const cookie = request.headers.get('cookie');
    const claims = await readSessionToken(cookie);
    const viaAuthJs = claims ? renewalDue(claims) : sessionTokenFrom(cookie) !== null;
    return personal(await (viaAuthJs ? await renewing : run)(request, context));
  };
}

/** Auth.js also hands out its CSRF and callback-URL cookies, which an API response has no use for. */
const AUTH_EXTRA_COOKIE = /^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)=/;

/** Only the session cookie, and never stored by a cache: the answer is about one person. */
function personal(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  const kept = cookies.filter((cookie) => !AUTH_EXTRA_COOKIE.test(cookie));
  return editHeaders(response, (headers) => {
    if (kept.length !== cookies.length) {
      headers.delete('set-cookie');
      for (const cookie of kept) headers.append('set-cookie', cookie);
    }
    headers.set('Cache-Control', 'private, no-store');
  });
}
