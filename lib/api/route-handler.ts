/**
 * The one wrapper every route handler goes through: `auth` says who may call it ('public', a
 * signed-in 'citizen', or staff with a permission), and the handler gets the principal.
 * Validation and error mapping come from `apiHandler` (lib/api/handler.ts).
 *
 * Public routes never load the session code (it is imported on first use of a signed-in route),
 * so a public computation stays free of the database and of Auth.js.
 */
import type { z } from 'zod';
import type { Access, PrincipalFor } from '@/lib/auth/access';
import type { PolicyName } from '@/lib/rate-limit/policies';
import type { ApiClient, ClientOption } from './client-limit';
import { apiHandler, type QuickParse } from './handler';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export type RouteOptions<A extends Access, TSchema extends z.ZodType | undefined> = {
  auth: A;
  /** Schema for a JSON body (POST/PUT/PATCH). */
  body?: TSchema;
  /** Largest accepted body in bytes (413 above it). */
  maxBodyBytes?: number;
  /** When the schema's messages are codes (shared with a translated form): code → English text. */
  messages?: Record<string, string>;
  /** The schema's answer for a body it can see is well-formed, without zod (lib/api/handler.ts). */
  quick?: QuickParse<TSchema>;
  /**
   * A named policy (lib/rate-limit/policies.ts) counted per caller: every answer carries
   * RateLimit-Limit/-Remaining/-Reset, a call over the limit is 429 with Retry-After.
   */
  rateLimit?: PolicyName;
  /**
   * Who the caller is, for limits: 'app' requires an app key (X-App-Id + X-Api-Key headers);
   * 'app-or-session' takes an app key when one is sent. Otherwise the signed-in account, else the address.
   */
  client?: ClientOption;
};

export type RouteContext<A extends Access, TSchema, TParams> = {
  request: Request;
  body: Infer<TSchema>;
  params: TParams;
  principal: PrincipalFor<A>;
  /** Set on routes with a `client` or `rateLimit` option. */
  client?: ApiClient;
};

type Route<TParams> = (request: Request, context?: { params?: Promise<TParams> }) => Promise<Response>;

export function routeHandler<A extends Access, TSchema extends z.ZodType | undefined = undefined, TParams = Record<string, string>>(
  options: RouteOptions<A, TSchema>,
  handler: (ctx: RouteContext<A, TSchema, TParams>) => Promise<Response> | Response,
): Route<TParams> {
  handler = options.rateLimit || options.client ? limited(options, handler) : handler;
  if (options.auth === 'public') {
    return apiHandler<TSchema, TParams>(options, (ctx) => handler({ ...ctx, principal: null as PrincipalFor<A> }));
  }
  let signedIn: Promise<Route<TParams>> | undefined;
  return async (request, context) => {
    signedIn ??= import('./session-handler').then(({ sessionHandler }) => sessionHandler(options, handler));
    return (await signedIn)(request, context);
  };
}

/** Identifies the caller and counts the call before the handler runs (the database code loads on first use). */
function limited<A extends Access, TSchema extends z.ZodType | undefined, TParams>(
  options: Pick<RouteOptions<A, TSchema>, 'rateLimit' | 'client'>,
  handler: (ctx: RouteContext<A, TSchema, TParams>) => Promise<Response> | Response,
): (ctx: RouteContext<A, TSchema, TParams>) => Promise<Response> {
  return async (ctx) => {
    const { identifyClient, limitCall, withHeaders } = await import('./client-limit');
    const client = await identifyClient(options.client, ctx.request, ctx.principal as { id: string } | null);
    const headers = options.rateLimit ? await limitCall(options.rateLimit, client) : {};
    return withHeaders(await handler({ ...ctx, client }), headers);
  };
}
