import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvError, addressTrust, assertRuntimeEnv, authSecret, parseEnv } from '@/lib/env';

const SECRET = 'a'.repeat(32);

function envError(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  throw new Error('parseEnv did not throw');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('parseEnv', () => {
  it('applies the defaults to an empty environment', () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: 'development',
      PGLITE_DIR: '.data/pglite',
      APP_URL: 'http://localhost:3000',
      SEED: 20261122,
      SEED_DEMO_DATA: 'true',
      TRUSTED_PROXIES: { mode: 'none' },
      DB_STATEMENT_TIMEOUT_MS: 5_000,
      DB_LOCK_TIMEOUT_MS: 2_000,
      DB_CONNECT_TIMEOUT_MS: 5_000,
      MAIL_FROM: '稅務雲 Tax Cloud <no-reply@taxcloud.example>',
      PAYMENT_RECONCILE_AFTER_MINUTES: 15,
    });
  });

  it('reads the payment provider settings and names a bad one', () => {
    const e = parseEnv({ PAYMENT_PROVIDER_URL: 'http://127.0.0.1:3090', PAYMENT_WEBHOOK_SECRET: 'x'.repeat(32), PAYMENT_RECONCILE_AFTER_MINUTES: '30' });
    expect(e).toMatchObject({ PAYMENT_PROVIDER_URL: 'http://127.0.0.1:3090', PAYMENT_WEBHOOK_SECRET: 'x'.repeat(32), PAYMENT_RECONCILE_AFTER_MINUTES: 30 });
    expect(envError({ PAYMENT_PROVIDER_URL: 'ftp://pay.example' }).message).toMatch(/PAYMENT_PROVIDER_URL/);
    expect(envError({ PAYMENT_WEBHOOK_SECRET: 'short' }).message).toMatch(/PAYMENT_WEBHOOK_SECRET must be at least 32/);
    expect(envError({ PAYMENT_RECONCILE_AFTER_MINUTES: '0' }).message).toMatch(/PAYMENT_RECONCILE_AFTER_MINUTES/);
  });

  it('reads TRUSTED_PROXIES as a hop count or networks, and names it when it is wrong', () => {
    expect(parseEnv({ TRUSTED_PROXIES: '1' }).TRUSTED_PROXIES).toEqual({ mode: 'hops', count: 1 });
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8,::1' }).TRUSTED_PROXIES).toMatchObject({ mode: 'cidrs' });
    expect(envError({ TRUSTED_PROXIES: 'everyone' }).message).toMatch(/TRUSTED_PROXIES: "everyone" is not an IP address/);
    expect(envError({ TRUSTED_PROXIES: '99' }).message).toMatch(/TRUSTED_PROXIES: a hop count/);
  });

  it('on Vercel believes only the platform header', () => {
    expect(addressTrust(parseEnv({ VERCEL: '1', TRUSTED_PROXIES: '2' }))).toEqual({ mode: 'vercel' });
    expect(addressTrust(parseEnv({ TRUSTED_PROXIES: '2' }))).toEqual({ mode: 'hops', count: 2 });
    expect(addressTrust(parseEnv({}))).toEqual({ mode: 'none' });
  });

  it('reads database timeouts as whole decimal milliseconds and refuses anything else', () => {
    expect(parseEnv({ DB_STATEMENT_TIMEOUT_MS: ' 800 ', DB_LOCK_TIMEOUT_MS: '300', DB_CONNECT_TIMEOUT_MS: '' })).toMatchObject({
      DB_STATEMENT_TIMEOUT_MS: 800,
      DB_LOCK_TIMEOUT_MS: 300,
      DB_CONNECT_TIMEOUT_MS: 5_000,
    });
    for (const bad of ['0x10', '5e3', '1.5', '-1', 'soon']) {
      expect(envError({ DB_LOCK_TIMEOUT_MS: bad }).message).toContain('DB_LOCK_TIMEOUT_MS: must be a whole number of milliseconds');
    }
    expect(envError({ DB_STATEMENT_TIMEOUT_MS: '50' }).message).toContain('at least 100 ms');
  });

  it('treats blank strings as unset', () => {
    const e = parseEnv({ DATABASE_URL: ' ', PGLITE_DIR: '', AUTH_SECRET: '  ', APP_URL: '', SEED: '' });
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.AUTH_SECRET).toBeUndefined();
    expect(e.PGLITE_DIR).toBe('.data/pglite');
    expect(e.APP_URL).toBe('http://localhost:3000');
    expect(e.SEED).toBe(20261122);
  });

  it('reads the configured values, coercing SEED to a number', () => {
    const e = parseEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://localhost/tax',
      AUTH_SECRET: SECRET,
      APP_URL: 'https://tax.example.gov.tw',
      SEED: '42',
      SEED_DEMO_DATA: 'false',
    });
    expect(e).toMatchObject({ NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/tax', AUTH_SECRET: SECRET, SEED: 42, SEED_DEMO_DATA: 'false' });
    expect(e.APP_URL).toBe('https://tax.example.gov.tw');
  });

  it('rejects an APP_URL that is not a URL, naming APP_URL', () => {
    expect(envError({ APP_URL: 'not a url' }).message).toMatch(/APP_URL/);
  });

  // BUG (lib/env.ts line 26, z.url()): any scheme passes, so the common mistake APP_URL=localhost:3000
  // (parsed as scheme "localhost:") is accepted, and then app/sitemap.ts and app/robots.ts throw
  // `TypeError: Invalid URL` on `new URL(path, APP_URL)` at request time instead of the server failing
  // at start. Left failing on purpose.
  it('rejects an APP_URL that is not an http(s) origin', () => {
    expect(envError({ APP_URL: 'localhost:3000' }).message).toMatch(/APP_URL/);
  });

  it('rejects an AUTH_SECRET shorter than 32 characters, naming AUTH_SECRET and not echoing it', () => {
    const short = 'x'.repeat(31);
    const message = envError({ AUTH_SECRET: short }).message;
    expect(message).toMatch(/AUTH_SECRET/);
    expect(message).toMatch(/32/);
    expect(message).not.toContain(short);
  });

  it('accepts an AUTH_SECRET of exactly 32 characters', () => {
    expect(parseEnv({ AUTH_SECRET: SECRET }).AUTH_SECRET).toBe(SECRET);
  });

  it('rejects an unknown NODE_ENV, a non-numeric SEED and a SEED_DEMO_DATA other than true/false', () => {
    const message = envError({ NODE_ENV: 'staging', SEED: 'abc', SEED_DEMO_DATA: 'yes' }).message;
    expect(message).toMatch(/NODE_ENV/);
    expect(message).toMatch(/SEED:/);
    expect(message).toMatch(/SEED_DEMO_DATA/);
  });
});

describe('assertRuntimeEnv', () => {
  it('throws in production without AUTH_SECRET, naming it', () => {
    vi.stubEnv('NEXT_PHASE', undefined);
    expect(() => assertRuntimeEnv(parseEnv({ NODE_ENV: 'production' }))).toThrow(EnvError);
    expect(() => assertRuntimeEnv(parseEnv({ NODE_ENV: 'production' }))).toThrow(/AUTH_SECRET is required in production/);
  });

  it('does not throw during `next build` (NEXT_PHASE=phase-production-build)', () => {
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    expect(() => assertRuntimeEnv(parseEnv({ NODE_ENV: 'production' }))).not.toThrow();
  });

  it('still throws in other Next phases', () => {
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    expect(() => assertRuntimeEnv(parseEnv({ NODE_ENV: 'production' }))).toThrow(/AUTH_SECRET/);
  });

  it('passes in production with AUTH_SECRET, and in development/test without it', () => {
    vi.stubEnv('NEXT_PHASE', undefined);
    expect(() => assertRuntimeEnv(parseEnv({ NODE_ENV: 'production', AUTH_SECRET: SECRET }))).not.toThrow();
    expect(() => assertRuntimeEnv(parseEnv({ NODE_ENV: 'development' }))).not.toThrow();
    expect(() => assertRuntimeEnv(parseEnv({ NODE_ENV: 'test' }))).not.toThrow();
  });
});

describe('authSecret', () => {
  it('returns the configured secret', () => {
    expect(authSecret(parseEnv({ NODE_ENV: 'production', AUTH_SECRET: SECRET }))).toBe(SECRET);
    expect(authSecret(parseEnv({ NODE_ENV: 'development', AUTH_SECRET: 'b'.repeat(40) }))).toBe('b'.repeat(40));
  });

  it('refuses to invent a secret in production', () => {
    vi.stubEnv('NEXT_PHASE', undefined);
    expect(() => authSecret(parseEnv({ NODE_ENV: 'production' }))).toThrow(/AUTH_SECRET/);
  });
});

describe('TAX_CLOUD_NOW', () => {
  it('takes an ISO date-time and names the variable when it is not one', () => {
    expect(parseEnv({ TAX_CLOUD_NOW: '2026-11-30T04:00:00Z' }).TAX_CLOUD_NOW).toBe('2026-11-30T04:00:00Z');
    expect(parseEnv({ TAX_CLOUD_NOW: '' }).TAX_CLOUD_NOW).toBeUndefined();
    expect(() => parseEnv({ TAX_CLOUD_NOW: 'yesterday' })).toThrow(/TAX_CLOUD_NOW must be an ISO date-time/);
  });
});

describe('SMTP_URL', () => {
  it('takes an smtp:// or smtps:// URL and names the variable otherwise; unset means no mail', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://127.0.0.1:1025/?ignoreTLS=true' }).SMTP_URL).toBe('smtp://127.0.0.1:1025/?ignoreTLS=true');
    expect(parseEnv({ SMTP_URL: 'smtps://u:p@smtp.example:465' }).SMTP_URL).toBe('smtps://u:p@smtp.example:465');
    expect(parseEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(envError({ SMTP_URL: 'http://mail.example' }).message).toMatch(/SMTP_URL: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
  });
});
