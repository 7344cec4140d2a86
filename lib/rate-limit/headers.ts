/**
 * The standard rate-limit headers of an answer (IETF draft "RateLimit header fields for HTTP":
 * RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset in seconds), and Retry-After when refused.
 */
import { RATE_LIMIT_POLICIES, type PolicyName } from './policies';

export function rateLimitHeaders(
  policy: PolicyName,
  reservation: { allowed: boolean; attempt: number; resetSeconds: number; verdict: { retryAfterSeconds: number } },
): Record<string, string> {
  const rule = RATE_LIMIT_POLICIES[policy];
  return {
    'RateLimit-Limit': String(rule.limit),
    'RateLimit-Remaining': String(Math.max(0, rule.limit - reservation.attempt)),
    'RateLimit-Reset': String(reservation.resetSeconds),
    ...(reservation.allowed ? {} : { 'Retry-After': String(Math.max(1, reservation.verdict.retryAfterSeconds)) }),
  };
}
