// Pages rendered per request get a fresh nonce instead of 'unsafe-inline'; static pages keep theirs.
import { describe, expect, it } from 'vitest';
import { faultsServer } from './support/server';

const { baseUrl } = faultsServer();

const scriptSrc = (csp: string | null) => /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? '';

describe('Content-Security-Policy', () => {
  it.each(['/staff/sign-in', '/en/staff/sign-in', '/sign-in', '/en/register', '/sign-in/reset'])('%s: a nonce on every script, new each time', async (path) => {
    const first = await fetch(`${baseUrl}${path}`);
    const html = await first.text();
    const csp = first.headers.get('content-security-policy');
    expect(first.status).toBe(200);
    expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];
    expect(nonce).toBeTruthy();
    // One policy only (two would both apply, and the static one would win nothing but confusion).
    expect(csp!.match(/default-src/g)).toHaveLength(1);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
    const second = scriptSrc((await fetch(`${baseUrl}${path}`)).headers.get('content-security-policy'));
    expect(second).not.toContain(nonce!);
  });

  it('static pages keep the static policy and stay prerendered', async () => {
    for (const path of ['/', '/lottery', '/en/lottery/check', '/lottery/11507', '/account', '/en/account']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(scriptSrc(response.headers.get('content-security-policy')), path).toContain("'unsafe-inline'");
      expect(response.headers.get('x-nextjs-cache') ?? response.headers.get('x-nextjs-prerender'), path).toBeTruthy();
    }
  });
});
