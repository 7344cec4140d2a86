import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { configHeaders, contentSecurityPolicy, isNoncePage, securityHeaders } from '@/lib/security/headers';
import { createNonce } from '@/lib/security/nonce';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

function header(isDev: boolean, key: string): string | undefined {
  return securityHeaders({ isDev }).find((h) => h.key === key)?.value;
}

describe('contentSecurityPolicy', () => {
  const prod = directives(contentSecurityPolicy({ isDev: false }));
  const dev = directives(contentSecurityPolicy({ isDev: true }));

  it('forbids framing, plugins and foreign base/form targets', () => {
    for (const csp of [prod, dev]) {
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
    }
  });

  it("has no 'unsafe-eval' in production", () => {
    expect(contentSecurityPolicy({ isDev: false })).not.toContain("'unsafe-eval'");
    expect(prod.get('connect-src')).toEqual(["'self'"]);
  });

  it("compiles WebAssembly ('wasm-unsafe-eval', for the QR reader) but never eval() in production", () => {
    expect(prod.get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
  });

  it("allows 'unsafe-eval' and websockets only in development", () => {
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('connect-src')).toContain('ws:');
  });

  it('allows no third-party script origins', () => {
    for (const value of prod.get('script-src')!) expect(value.startsWith("'")).toBe(true);
  });
});

describe('securityHeaders', () => {
  it('sends HSTS, nosniff, Referrer-Policy, frame denial and the CSP', () => {
    for (const isDev of [false, true]) {
      expect(header(isDev, 'Strict-Transport-Security')).toMatch(/max-age=\d+/);
      expect(Number(/max-age=(\d+)/.exec(header(isDev, 'Strict-Transport-Security')!)![1])).toBeGreaterThanOrEqual(31536000);
      expect(header(isDev, 'Strict-Transport-Security')).toContain('includeSubDomains');
      expect(header(isDev, 'X-Content-Type-Options')).toBe('nosniff');
      expect(header(isDev, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(header(isDev, 'X-Frame-Options')).toBe('DENY');
      expect(header(isDev, 'Content-Security-Policy')).toBe(contentSecurityPolicy({ isDev }));
    }
  });

  it('lets only this origin use the camera', () => {
    const policy = header(false, 'Permissions-Policy')!;
    expect(policy).toContain('camera=(self)');
    expect(policy).toContain('microphone=()');
    expect(policy).toContain('geolocation=()');
  });

  it('leaves the opener policy to the personal area', () => {
    expect(header(false, 'Cross-Origin-Opener-Policy')).toBeUndefined();
  });

  it('has no duplicate header names', () => {
    const keys = securityHeaders({ isDev: false }).map((h) => h.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('nonce-based CSP for pages rendered per request', () => {
  it("replaces 'unsafe-inline' with the nonce and 'strict-dynamic'", () => {
    const nonce = createNonce();
    const scripts = directives(contentSecurityPolicy({ isDev: false, nonce })).get('script-src')!;
    expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  it('makes a new 128-bit nonce each time', () => {
    const a = createNonce();
    expect(atob(a)).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it('applies to staff, personal and citizen sign-in pages only', () => {
    for (const path of ['/admin', '/admin/lottery', '/en/admin/audit', '/staff/sign-in', '/en/staff/sign-in']) expect(isNoncePage(path), path).toBe(true);
    for (const path of ['/me', '/me/security', '/en/me', '/sign-in', '/sign-in/reset/new', '/en/register', '/register/confirm']) expect(isNoncePage(path), path).toBe(true);
    for (const path of ['/', '/lottery', '/en', '/administration', '/en/staffing', '/help/admin', '/media', '/sign-inx', '/help/sign-in', '/account']) {
      expect(isNoncePage(path), path).toBe(false);
    }
  });

  it('next.config sends the static CSP everywhere but the nonce pages, the other headers everywhere', () => {
    const [all, csp] = configHeaders({ isDev: false });
    expect(all!.headers.map((h) => h.key)).not.toContain('Content-Security-Policy');
    expect(all!.headers).toContainEqual({ key: 'X-Frame-Options', value: 'DENY' });
    const everywhere = getPathMatch(all!.source);
    for (const path of ['/', '/lottery', '/admin', '/en/me/security', '/embedded']) expect(everywhere(path), path).not.toBe(false);
    expect(everywhere('/embed/en/stats/county')).toBe(false);
    expect(csp!.headers).toEqual([{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ isDev: false }) }]);
    // Matched the way Next.js matches `source` (path-to-regexp).
    const matches = getPathMatch(csp!.source);
    for (const path of ['/', '/lottery', '/en/lottery/11409', '/administration', '/account', '/media']) expect(matches(path), path).not.toBe(false);
    for (const path of ['/admin', '/admin/lottery', '/en/admin', '/staff/sign-in', '/en/staff/sign-in', '/me', '/en/me/security', '/sign-in', '/register/confirm']) {
      expect(matches(path), path).toBe(false);
    }
    expect(matches('/embed/zh-Hant-TW/stats/industry')).toBe(false);
  });

  it('makes only the personal area its own browsing-context group (Cross-Origin-Opener-Policy)', () => {
    const rules = configHeaders({ isDev: false }).filter((rule) => rule.headers.some((h) => h.key === 'Cross-Origin-Opener-Policy'));
    expect(rules).toHaveLength(1);
    expect(rules[0]!.headers).toEqual([{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }]);
    const matches = getPathMatch(rules[0]!.source);
    for (const path of ['/admin', '/admin/lottery', '/en/admin', '/staff/sign-in', '/me', '/en/me/security', '/sign-in', '/sign-in/reset/new', '/register/confirm']) {
      expect(matches(path), path).not.toBe(false);
      expect(isNoncePage(path), path).toBe(true);
    }
    for (const path of ['/', '/en', '/lottery/check', '/forum/1', '/administration', '/help/sign-in', '/sign-inx', '/media', '/embed/en/stats/county']) {
      expect(matches(path), path).toBe(false);
      expect(isNoncePage(path), path).toBe(false);
    }
  });

  it('lets other sites frame only the chrome-less chart views (/embed/…)', () => {
    const [, , embed] = configHeaders({ isDev: false });
    expect(getPathMatch(embed!.source)('/embed/en/stats/county')).not.toBe(false);
    expect(getPathMatch(embed!.source)('/stats/county')).toBe(false);
    expect(embed!.headers.map((h) => h.key)).not.toContain('X-Frame-Options');
    const csp = embed!.headers.find((h) => h.key === 'Content-Security-Policy')!.value;
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("object-src 'none'");
  });
});
