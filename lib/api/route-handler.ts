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
import { apiHandler } from './handler';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export type RouteOptions<A extends Access, TSchema extends z.ZodType | undefined> = {
  auth: A;
  /** Schema for a JSON body (POST/PUT/PATCH). */
  body?: TSchema;
  /** Largest accepted body in bytes (413 above it). */
  maxBodyBytes?: number;
  /** When the schema's messages are codes (shared with a translated form): code → English text. */
  messages?: Record<string, string>;
};

export type RouteContext<A extends Access, TSchema, TParams> = {
  request: Request;
  body: Infer<TSchema>;
  params: TParams;
  principal: PrincipalFor<A>;
};

type Route<TParams> = (request: Request, context?: { params?: Promise<TParams> }) => Promise<Response>;

export function routeHandler<A extends Access, TSchema extends z.ZodType | undefined = undefined, TParams = Record<string, string>>(
  options: RouteOptions<A, TSchema>,
  handler: (ctx: RouteContext<A, TSchema, TParams>) => Promise<Response> | Response,
): Route<TParams> {
  if (options.auth === 'public') {
    return apiHandler<TSchema, TParams>(options, (ctx) => handler({ ...ctx, principal: null as PrincipalFor<A> }));
  }
  let signedIn: Promise<Route<TParams>> | undefined;
  return async (request, context) => {
    signedIn ??= import('./session-handler').then(({ sessionHandler }) => sessionHandler(options, handler));
    return (await signedIn)(request, context);
  };
}
