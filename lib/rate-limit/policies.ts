/**
 * Rate limits as data: each policy says how many attempts in what window lock the key, and for
 * how long. Attempts are counted per key (an account, an IP), stored hashed, and reserved
 * before the work they limit (lib/rate-limit/store.ts), so concurrency cannot overrun a limit.
 */
export type RateLimitPolicy = {
  limit: number;
  windowSeconds: number;
  /** How long the key stays locked after the limit is reached, counted from the last event. */
  lockoutSeconds: number;
  /**
   * A plain fixed window (API request quotas): a key over the limit waits for the end of its
   * window, not for a lockout from its last attempt; `lockoutSeconds` is then unused.
   */
  fixedWindow?: boolean;
  description: string;
};

export const RATE_LIMIT_POLICIES = {
  'sign-in:account': {
    limit: 5,
    windowSeconds: 15 * 60,
    lockoutSeconds: 15 * 60,
    description: '5 failed sign-ins to one account within 15 minutes lock it for 15 minutes',
  },
  'sign-in:ip': {
    limit: 30,
    windowSeconds: 15 * 60,
    lockoutSeconds: 15 * 60,
    description: '30 failed sign-ins from one IP address within 15 minutes (password spraying) lock that address for 15 minutes',
  },
  'citizen-sign-in:account': {
    limit: 5,
    windowSeconds: 15 * 60,
    lockoutSeconds: 15 * 60,
    description: '5 failed sign-ins (or wrong current codes) to one mobile barcode within 15 minutes lock it for 15 minutes',
  },
  'register:ip': {
    limit: 10,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: '10 registrations from one IP address within an hour pause registration from that address for an hour',
  },
  'register:email': {
    limit: 3,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: '3 registrations for one e-mail address within an hour (each sends a mail) pause it for an hour',
  },
  'code-reset:ip': {
    limit: 10,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: '10 verification-code reset requests from one IP address within an hour pause them for an hour',
  },
  'code-reset:email': {
    limit: 3,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: '3 reset requests for one e-mail address within an hour (each sends a mail) pause them for an hour',
  },
  'lottery-publish:account': {
    limit: 20,
    windowSeconds: 60 * 60,
    lockoutSeconds: 15 * 60,
    description: '20 publications or corrections of winning numbers by one official within an hour lock publishing for that account for 15 minutes',
  },
  'bank-account:verify': {
    limit: 5,
    windowSeconds: 15 * 60,
    lockoutSeconds: 15 * 60,
    description: '5 wrong verification codes when changing the prize bank account within 15 minutes lock changes for 15 minutes',
  },
  'carrier-link:account': {
    limit: 10,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: '10 carrier numbers that match no carrier within an hour lock linking for that account for an hour (no guessing of card numbers)',
  },
  'forum-thread:account': {
    limit: 5,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: '5 new threads from one account within an hour pause its posting for an hour',
  },
  'forum-thread:new-account': {
    limit: 1,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: 'An account younger than a day may start 1 thread an hour',
  },
  'forum-comment:account': {
    limit: 30,
    windowSeconds: 60 * 60,
    lockoutSeconds: 30 * 60,
    description: '30 comments from one account within an hour pause its comments for 30 minutes',
  },
  'forum-comment:new-account': {
    limit: 5,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: 'An account younger than a day may write 5 comments an hour',
  },
  'forum-endorse:account': {
    limit: 60,
    windowSeconds: 10 * 60,
    lockoutSeconds: 10 * 60,
    description: '60 endorsements or withdrawals from one account within 10 minutes pause them for 10 minutes',
  },
  'forum-report:account': {
    limit: 20,
    windowSeconds: 60 * 60,
    lockoutSeconds: 60 * 60,
    description: '20 reports from one account within an hour pause its reports for an hour',
  },
  // The open API (issue 15): fixed windows, answered with the API's own code 950 (超過最大查詢次數).
  'einvoice-api:app': {
    limit: 600,
    windowSeconds: 60,
    lockoutSeconds: 60,
    fixedWindow: true,
    description: '600 calls of the e-invoice app API by one app within a minute pause that app until the minute is over',
  },
  'einvoice-api:device': {
    limit: 60,
    windowSeconds: 60,
    lockoutSeconds: 60,
    fixedWindow: true,
    description: '60 calls of the e-invoice app API from one device (UUID) of an app within a minute pause that device until the minute is over',
  },
  // The JSON API's quotas per caller (an app key, else the signed-in account, else the address), by route (lib/api/route-handler.ts `rateLimit`).
  'api:read': {
    limit: 300,
    windowSeconds: 60,
    lockoutSeconds: 60,
    fixedWindow: true,
    description: '300 calls of a rate-limited JSON API read by one caller within a minute pause that caller until the minute is over',
  },
  'api:write': {
    limit: 60,
    windowSeconds: 60,
    lockoutSeconds: 60,
    fixedWindow: true,
    description: '60 calls of a rate-limited JSON API write by one caller within a minute pause that caller until the minute is over',
  },
} as const satisfies Record<string, RateLimitPolicy>;

export type PolicyName = keyof typeof RATE_LIMIT_POLICIES;

/** Thrown by `assertRateLimit`; the API wrapper answers 429 with Retry-After, forms say how long to wait. */
export class RateLimitError extends Error {
  override name = 'RateLimitError';
  constructor(
    readonly policy: PolicyName,
    readonly retryAfterSeconds: number,
  ) {
    super(`Rate limit ${policy} reached; retry in ${retryAfterSeconds} s`);
  }
}

export type LimitState = { count: number; lastAt: Date | null };
export type LimitVerdict = { locked: boolean; retryAfterSeconds: number; remaining: number };

/** Pure: is the key locked now, and how many events remain before it is? */
export function evaluateLimit(policy: RateLimitPolicy, state: LimitState, now: Date): LimitVerdict {
  const remaining = Math.max(0, policy.limit - state.count);
  if (state.count < policy.limit || !state.lastAt) return { locked: false, retryAfterSeconds: 0, remaining };
  const until = state.lastAt.getTime() + policy.lockoutSeconds * 1000;
  const retryAfterSeconds = Math.ceil((until - now.getTime()) / 1000);
  return retryAfterSeconds > 0 ? { locked: true, retryAfterSeconds, remaining: 0 } : { locked: false, retryAfterSeconds: 0, remaining };
}

/** "Try again in N minutes" rounds up, so the user is never told a time that is too early. */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** A key's counter row as the store reads it; null when the key has none. */
export type CounterState = { count: number; windowStart: Date; lastAt: Date } | null;

/**
 * Pure: does the next attempt start afresh? Below the limit, once the window has passed; at or
 * above it, once the lockout has passed (a lock never ends early because its window did).
 * lib/rate-limit/store.ts applies the same rule inside its upsert.
 */
export function counterExpired(policy: RateLimitPolicy, state: CounterState, now: Date): boolean {
  if (!state) return true;
  if (policy.fixedWindow) return now.getTime() >= state.windowStart.getTime() + policy.windowSeconds * 1000;
  const from = state.count >= policy.limit ? state.lastAt.getTime() + policy.lockoutSeconds * 1000 : state.windowStart.getTime() + policy.windowSeconds * 1000;
  return now.getTime() >= from;
}

/** Pure: seconds until the key's window ends (the RateLimit-Reset header). */
export function windowResetSeconds(policy: RateLimitPolicy, state: CounterState, now: Date): number {
  if (!state) return policy.windowSeconds;
  return Math.max(1, Math.ceil((state.windowStart.getTime() + policy.windowSeconds * 1000 - now.getTime()) / 1000));
}

/** Pure: the verdict for a key's counter now. */
export function counterVerdict(policy: RateLimitPolicy, state: CounterState, now: Date): LimitVerdict {
  if (!state || counterExpired(policy, state, now)) return { locked: false, retryAfterSeconds: 0, remaining: policy.limit };
  if (policy.fixedWindow) {
    const remaining = Math.max(0, policy.limit - state.count);
    const retryAfterSeconds = Math.ceil((state.windowStart.getTime() + policy.windowSeconds * 1000 - now.getTime()) / 1000);
    return state.count >= policy.limit ? { locked: true, retryAfterSeconds, remaining: 0 } : { locked: false, retryAfterSeconds: 0, remaining };
  }
  return evaluateLimit(policy, { count: state.count, lastAt: state.lastAt }, now);
}
