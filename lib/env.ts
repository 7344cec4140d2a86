/**
 * The environment, validated once with zod. Everything else reads `env()`, never `process.env`.
 *
 * Validation is lazy (first call) rather than at import so that `next build` can collect
 * page data without production secrets; `instrumentation.ts` calls it at server start so a
 * misconfigured server fails before it takes traffic.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies, type AddressTrust } from './http/client-address';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Whole milliseconds written in decimal digits ("0x10" or "5e3" is a typo, not a setting). */
const milliseconds = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (v) => emptyToUndefined(v) ?? String(fallback),
    z
      .string()
      .trim()
      .regex(/^\d+$/, 'must be a whole number of milliseconds, like 5000')
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min} ms`).max(max, `must be at most ${max} ms`)),
  );

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** unset → embedded PGlite; postgres:// → pg; a Neon host → the Neon driver. */
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().optional()),
  /** Where the embedded database lives; `memory://` keeps it in memory (tests). */
  PGLITE_DIR: z.preprocess(emptyToUndefined, z.string().default('.data/pglite')),
  AUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, 'AUTH_SECRET must be at least 32 characters (try `openssl rand -base64 33`)').optional(),
  ),
  /** Public origin, used for absolute URLs in metadata, feeds and share images. */
  APP_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, message: 'APP_URL must be an http(s) origin, like https://taxcloud.example' }).default('http://localhost:3000'),
  ),
  /** Seed for the deterministic demo data. */
  SEED: z.preprocess(emptyToUndefined, z.coerce.number().int().default(20261122)),
  /** Set to "false" to keep an empty embedded database (no demo data) on first start. */
  SEED_DEMO_DATA: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
  /**
   * Proxies in front of the app whose X-Forwarded-For entries are believed: a hop count (`1`) or
   * a comma list of networks (`10.0.0.0/8, 2001:db8::/32`). Unset → nobody: the socket's peer.
   */
  TRUSTED_PROXIES: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .optional()
      .transform((value, ctx): AddressTrust => {
        const trust = parseTrustedProxies(value);
        if ('error' in trust) {
          ctx.addIssue({ code: 'custom', message: trust.error });
          return z.NEVER;
        }
        return trust;
      }),
  ),
  /** Set to "1" by Vercel: the client address then comes from Vercel's own header. */
  VERCEL: z.preprocess(emptyToUndefined, z.string().optional()),
  /** Longest a single SQL statement may run before the server cancels it (ms); the request then answers 503. */
  DB_STATEMENT_TIMEOUT_MS: milliseconds(5_000, 100, 600_000),
  /** Longest a statement waits for a row or table lock held by another connection (ms). */
  DB_LOCK_TIMEOUT_MS: milliseconds(2_000, 100, 600_000),
  /** Longest a request waits for a database connection, new or from a full pool (ms). */
  DB_CONNECT_TIMEOUT_MS: milliseconds(5_000, 100, 60_000),
  /**
   * Outgoing mail (confirmation and reset links), e.g. `smtps://user:pass@smtp.example:465` or,
   * for the local catcher `npm start` runs, `smtp://127.0.0.1:1025/?ignoreTLS=true`. Unset → no
   * mail can be sent, and registration and code reset say so instead of dropping the mail.
   */
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^smtps?$/, message: 'SMTP_URL must be an smtp:// or smtps:// URL, like smtps://user:pass@smtp.example:465' }).optional(),
  ),
  /** The sender of that mail. */
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().min(3).default('稅務雲 Tax Cloud <no-reply@taxcloud.example>')),
  /**
   * The payment provider's base URL (lib/payments/provider.ts). `npm start` and the end-to-end
   * tests run the local sandbox (scripts/payment-sandbox.ts) and set it; a real acquirer with the
   * same signed API can replace it. Unset → "pay now" says online payment is unavailable.
   */
  PAYMENT_PROVIDER_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, message: 'PAYMENT_PROVIDER_URL must be an http(s) URL, like https://pay.example' }).optional(),
  ),
  /** The secret shared with the provider: HMAC-SHA256 of every callback and of our requests to it. */
  PAYMENT_WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, 'PAYMENT_WEBHOOK_SECRET must be at least 32 characters (try `openssl rand -base64 33`)').optional(),
  ),
  /** Orders still pending this many minutes after they were made are asked about at the provider. */
  PAYMENT_RECONCILE_AFTER_MINUTES: z.preprocess(
    (v) => emptyToUndefined(v) ?? '15',
    z.string().trim().regex(/^\d+$/, 'must be a whole number of minutes, like 15').transform(Number).pipe(z.number().min(1).max(1440)),
  ),
  /** Tests only: the time lib/clock.ts reports instead of the real one (an ISO date-time). */
  TAX_CLOUD_NOW: z.preprocess(emptyToUndefined, z.iso.datetime({ offset: true, message: 'TAX_CLOUD_NOW must be an ISO date-time, like 2026-11-30T04:00:00Z' }).optional()),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export class EnvError extends Error {
  override name = 'EnvError';
}

/** True while `next build` runs: secrets are not needed to prerender public pages. */
function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

function devSecret(): string {
  // A generated secret is kept in .data so that sessions survive a restart of `next dev`.
  const file = path.join(process.cwd(), '.data', 'dev-auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(33).toString('base64');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  console.warn(`[env] AUTH_SECRET is not set: generated a development secret in ${file}. Set AUTH_SECRET in production.`);
  return secret;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // On Vercel the production domain is known; elsewhere APP_URL must be set (static pages
  // bake it into canonical and hreflang links at build time).
  const vercelUrl = source.VERCEL_PROJECT_PRODUCTION_URL;
  const withDefaults = !source.APP_URL && vercelUrl ? { ...source, APP_URL: `https://${vercelUrl}` } : source;
  const result = envSchema.safeParse(withDefaults);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Throws when production lacks what it needs; called at server start (instrumentation.ts). */
export function assertRuntimeEnv(e: Env = env()): void {
  if (e.NODE_ENV === 'production' && !e.AUTH_SECRET && !isBuildPhase()) {
    throw new EnvError(
      'AUTH_SECRET is required in production. Generate one with `openssl rand -base64 33` and set it in the environment (see README, "Environment variables").',
    );
  }
}

/** Whom to believe about a request's client address (lib/http/request-meta.ts). */
export function addressTrust(e: Env = env()): AddressTrust {
  // On Vercel the platform's edge is the only proxy and it says who the client is.
  return e.VERCEL === '1' ? { mode: 'vercel' } : e.TRUSTED_PROXIES;
}

let secret: string | undefined;

/** The Auth.js secret: required in production, generated (with a warning) in development. */
export function authSecret(e: Env = env()): string {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  assertRuntimeEnv(e);
  secret ??= e.NODE_ENV === 'test' || isBuildPhase() ? 'test-secret-not-for-production-use-0000000' : devSecret();
  return secret;
}
