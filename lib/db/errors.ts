/**
 * Telling "the database is down or too slow right now" apart from every other failure, so
 * that APIs answer 503 with Retry-After (the client should simply try again) instead of 500.
 * Pure and edge-safe: no driver is imported; errors are recognised by their codes and texts.
 */

/** How long a client is asked to wait before retrying (seconds, the `Retry-After` header). */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

/**
 * Set as the `digest` of a database-unavailable error: Next.js keeps a digest that is already
 * there, and it is all a page's error boundary receives in production (not the message), so
 * the boundary can say "temporarily unavailable" instead of "something went wrong".
 */
export const DATABASE_UNAVAILABLE_DIGEST = 'DATABASE_UNAVAILABLE';

/** Raised by our own code when the database does not answer in time (e.g. the embedded one is busy). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * SQLSTATEs that mean "not now" rather than "wrong": the statement or lock timeout fired, the
 * server is shutting down or starting, or it has no connection slot left.
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const SQLSTATES = new Set([
  '57014', // query_canceled (statement_timeout)
  '55P03', // lock_not_available (lock_timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovery)
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
]);

/** Class 08: connection exception (the connection failed or was lost). */
const CONNECTION_CLASS = /^08[0-9A-Z]{3}$/;

/** Node socket and DNS errors on the way to the server. */
const SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** What pg, pg-pool and the Neon driver say when a connection cannot be had or is lost. */
const MESSAGES = [
  'timeout exceeded when trying to connect', // pg-pool: no free connection (or no new one) within connectionTimeoutMillis
  'connection terminated', // pg: "Connection terminated unexpectedly" / "… due to connection timeout"
  'connection timeout',
  'client has encountered a connection error',
  'websocket', // the Neon driver's transport failed
];

/** The same codes inside a message, e.g. "connect ECONNREFUSED 127.0.0.1:5432" from a WebSocket ErrorEvent. */
const SYSTEM_CODE_IN_TEXT = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)\b/;

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function recognised(error: object): boolean {
  if (error instanceof DatabaseUnavailableError || (error as Error).name === 'DatabaseUnavailableError') return true;
  const code = codeOf(error);
  if (code && (SQLSTATES.has(code) || CONNECTION_CLASS.test(code) || SYSTEM_CODES.has(code))) return true;
  const message = typeof (error as Error).message === 'string' ? (error as Error).message : '';
  return SYSTEM_CODE_IN_TEXT.test(message) || MESSAGES.some((text) => message.toLowerCase().includes(text));
}

/**
 * True when `error` (or what it wraps: `cause`, Auth.js's `cause.err`, an AggregateError's
 * `errors`, an ErrorEvent's `error`) says the database is unreachable, timed out or busy. A bad DATABASE_URL is a
 * configuration error, not this: retrying would not help.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  if ((error as Error).name === 'DbConfigError') return false;
  if (recognised(error)) return true;
  // The Neon driver rejects with the WebSocket's ErrorEvent (not an Error), whose `error` is the cause.
  if (isDatabaseUnavailable((error as { error?: unknown }).error, depth + 1)) return true;
  const cause = (error as { cause?: unknown }).cause;
  if (cause && (isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable((cause as { err?: unknown }).err, depth + 1))) return true;
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) && inner.some((e) => isDatabaseUnavailable(e, depth + 1));
}

/** Tags a database-unavailable error with DATABASE_UNAVAILABLE_DIGEST (others are left alone); returns it. */
export function markUnavailable<T>(error: T): T {
  if (isDatabaseUnavailable(error) && !(error as { digest?: unknown }).digest) {
    try {
      (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
    } catch {
      // a frozen error object keeps its generic page
    }
  }
  return error;
}
