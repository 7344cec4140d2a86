/**
 * The one wrapper around every route handler: parses and validates input with zod, maps
 * errors to JSON, and never lets an unexpected error through as an HTML 500 or a stack trace.
 * Edge-safe. Routes go through `routeHandler` (lib/api/route-handler.ts), which adds who may call them.
 */
import type { z } from 'zod';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '@/lib/db/errors';
import { minutesToWait, RateLimitError } from '@/lib/rate-limit/policies';
import { isJsonContentType, readBodyText } from './body';
import { ApiError, errorResponse, fromZod } from './errors';

type Ctx<TBody, TParams> = { request: Request; body: TBody; params: TParams };

type Options<TSchema extends z.ZodType | undefined> = {
  /** Schema for a JSON body (POST/PUT/PATCH). */
  body?: TSchema;
  /** Largest accepted body in bytes (413 above it). */
  maxBodyBytes?: number;
  /** When the schema's messages are codes (shared with a translated form): code → English text. */
  messages?: Record<string, string>;
  /** A quick check for the common well-formed body (see QuickParse); the schema decides everything else. */
  quick?: QuickParse<TSchema>;
};

/**
 * Returns exactly what the schema would for a body it can see is valid, or undefined to let the
 * schema decide (and word the errors). For bodies whose per-item zod work dominates the request,
 * like 10,000 invoice numbers; a property test must hold it to the schema.
 */
export type QuickParse<TSchema> = (json: unknown) => Infer<TSchema> | undefined;

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export function apiHandler<TSchema extends z.ZodType | undefined = undefined, TParams = Record<string, string>>(
  options: Options<TSchema>,
  handler: (ctx: Ctx<Infer<TSchema>, TParams>) => Promise<Response> | Response,
) {
  return async (request: Request, context?: { params?: Promise<TParams> }): Promise<Response> => {
    try {
      // Routes without dynamic segments get no params promise: nothing to wait for then.
      const params = (context?.params ? await context.params : {}) as TParams;
      const body = (options.body ? await readJson(request, options.body, options.maxBodyBytes, options.messages, options.quick) : undefined) as Infer<TSchema>;
      return await handler({ request, body, params });
    } catch (error) {
      return handleError(error, request);
    }
  };
}

export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = 1_000_000,
  messages?: Record<string, string>,
  quick?: (json: unknown) => unknown,
): Promise<z.infer<T>> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await readBodyText(request, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError('bad_request', 'The body is not valid JSON.');
  }
  const fast = quick?.(json);
  if (fast !== undefined) return fast as z.infer<T>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw fromZod(parsed.error, undefined, messages);
  return parsed.data;
}

export function handleError(error: unknown, request: Request): Response {
  if (error instanceof ApiError) return errorResponse(error);
  if (error instanceof RateLimitError) {
    const minutes = minutesToWait(error.retryAfterSeconds);
    return errorResponse(
      new ApiError('rate_limited', `Too many requests. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, undefined, { 'Retry-After': String(error.retryAfterSeconds) }),
    );
  }
  if (isDatabaseUnavailable(error)) {
    // Down, timed out or busy: nothing the client did wrong, and trying again soon may work.
    console.error(`[api] ${request.method} ${new URL(request.url).pathname}: database unavailable:`, (error as Error)?.name, (error as { code?: string })?.code ?? '');
    return errorResponse(
      new ApiError('unavailable', 'The service is temporarily unavailable. Try again in a moment.', undefined, { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) }),
    );
  }
  // Unknown: log a reference (no body, no personal data) and answer with nothing internal.
  const reference = crypto.randomUUID();
  console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed (ref ${reference}):`, (error as Error)?.name, (error as Error)?.message);
  return errorResponse(new ApiError('internal_error', `Something went wrong on our side. Reference: ${reference}`));
}
