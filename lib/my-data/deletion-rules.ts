/**
 * Account deletion with a grace period: a request ends every session at once, and the account
 * and its personal data are removed once GRACE_DAYS have passed, unless the citizen signs in and
 * cancels first. Pure: the moment is always passed in (lib/clock.ts now() in the app).
 */
export const GRACE_DAYS = 7;
const DAY_MS = 86_400_000;

/** The moment after which the purge removes an account asked to be deleted at `requestedAt`. */
export function purgeAfter(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + GRACE_DAYS * DAY_MS);
}

/** Requests made at or before this moment are due at `at`. */
export function dueBefore(at: Date): Date {
  return new Date(at.getTime() - GRACE_DAYS * DAY_MS);
}

export function isDue(requestedAt: Date | null, at: Date): boolean {
  return requestedAt !== null && purgeAfter(requestedAt).getTime() <= at.getTime();
}
