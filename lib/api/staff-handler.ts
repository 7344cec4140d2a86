/**
 * Route handlers for staff: `apiHandler` plus the session and permission check, on the Node
 * runtime. 403 from another site, 401 without a session, 403 without the permission; the
 * handler gets the staff DTO. Like a staff page, every call renews the session cookie, so API
 * use keeps the idle window open.
 */
import 'server-only';
import type { z } from 'zod';
import { auth } from '@/lib/auth/config';
import { getStaffSession, type StaffSession } from '@/lib/auth/session';
import { auditForbidden } from '@/lib/auth/forbidden-audit';
import { can, type Permission } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { allowedOrigins, checkSameOrigin } from '@/lib/security/origin';
import { apiHandler, readJson } from './handler';
import { ApiError } from './errors';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export function staffHandler<TSchema extends z.ZodType | undefined = undefined, TParams = Record<string, string>>(
  options: { permission: Permission; body?: TSchema; maxBodyBytes?: number; messages?: Record<string, string> },
  handler: (ctx: { request: Request; body: Infer<TSchema>; params: TParams; staff: StaffSession }) => Promise<Response> | Response,
) {
  const run = apiHandler<undefined, TParams>({}, async ({ request, params }) => {
    // Another site's page must not be able to use an official's cookie (CSRF); refused before anything else.
    assertSameOrigin(request);
    const staff = await getStaffSession();
    if (!staff) throw new ApiError('unauthorized', 'Sign in as staff to use this API.');
    if (!can(staff.roles, options.permission)) {
      await auditForbidden(staff, options.permission, `${request.method} ${new URL(request.url).pathname}`);
      throw new ApiError('forbidden', 'Your role does not allow this action.');
    }
    // Read and validate the body only after the caller is known to be allowed.
    const body = (options.body ? await readJson(request, options.body, options.maxBodyBytes, options.messages) : undefined) as Infer<TSchema>;
    return handler({ request, body, params, staff });
  });
  // Auth.js's route wrapper adds the re-issued session cookie to whatever the handler answers
  // (what proxy.ts does for pages). It renews a revoked cookie too, harmlessly: the version
  // check above refuses it on every use.
  // With a lazily built config (lib/auth/config.ts) Auth.js hands the wrapped handler back in a
  // Promise; awaiting it also works should that change.
  const renewing = auth((request, context) => run(request, context as { params?: Promise<TParams> })) as unknown as
    | typeof run
    | Promise<typeof run>;
  return async (request: Request, context?: { params?: Promise<TParams> }): Promise<Response> =>
    onlySessionCookie(await (await renewing)(request, context));
}

/** Auth.js also hands out its CSRF and callback-URL cookies, which an API response has no use for. */
const AUTH_EXTRA_COOKIE = /^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)=/;

function onlySessionCookie(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((c) => AUTH_EXTRA_COOKIE.test(c))) return response;
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) if (!AUTH_EXTRA_COOKIE.test(cookie)) headers.append('set-cookie', cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function assertSameOrigin(request: Request): void {
  const h = request.headers;
  const verdict = checkSameOrigin(h, allowedOrigins(env().APP_URL, request.url, h.get('x-forwarded-host'), h.get('x-forwarded-proto')));
  if (!verdict.ok) throw new ApiError('forbidden', verdict.reason);
}
