/**
 * 405 for the methods a route does not take, as JSON with an `Allow` header. Next.js answers
 * an unexported method with an empty 405; a route exports this under each method it refuses.
 * Edge-safe.
 */
import { ApiError, errorResponse } from './errors';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function methodNotAllowed(...allowed: Method[]): () => Response {
  // HEAD follows GET and OPTIONS is answered by Next.js itself for every route.
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  return () =>
    errorResponse(new ApiError('method_not_allowed', `This address takes ${allowed.join(' or ')} only.`, undefined, { Allow: allow }));
}
