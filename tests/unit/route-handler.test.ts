// The one route wrapper: who may call, CSRF on signed-in writes, and personal answers never cached.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const access = vi.hoisted(() => ({ checkAccess: vi.fn() }));
vi.mock('@/lib/auth/access', () => access);
// Auth.js's wrapper only renews the cookie; here it hands the request straight through.
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));

const { routeHandler } = await import('@/lib/api/route-handler');

const CITIZEN = { kind: 'citizen', id: 'c1', name: '/TAXC001', email: 'c@x', roles: [] };
const ORIGIN = 'http://localhost:3000';

const echo = routeHandler({ auth: 'citizen', body: z.object({ code: z.string() }) }, ({ principal, body }) =>
  Response.json({ owner: principal.id, code: body.code }),
);
const read = routeHandler({ auth: 'citizen' }, ({ principal }) => Response.json({ owner: principal.id }));
const open = routeHandler({ auth: 'public' }, ({ principal }) => Response.json({ principal }));

function post(headers: Record<string, string>, body = '{"code":"x"}') {
  return new Request(`${ORIGIN}/api/v1/me/x`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

beforeEach(() => {
  access.checkAccess.mockReset();
  access.checkAccess.mockResolvedValue({ ok: true, principal: CITIZEN });
});

describe('routeHandler', () => {
  it('hands the citizen to the handler, and marks the answer private and uncacheable', async () => {
    const response = await read(new Request(`${ORIGIN}/api/v1/me/x`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ owner: 'c1' });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers 401 JSON without a citizen session, before reading the body', async () => {
    access.checkAccess.mockResolvedValue({ ok: false, reason: 'unauthenticated' });
    const response = await echo(post({ origin: ORIGIN }, 'not json'));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('refuses a write from another site, but lets an app read without an Origin', async () => {
    const refused = await echo(post({ origin: 'https://evil.example' }));
    expect(refused.status).toBe(403);
    expect(access.checkAccess).not.toHaveBeenCalled();
    expect((await read(new Request(`${ORIGIN}/api/v1/me/x`))).status).toBe(200);
  });

  it('validates the body after access: 400 with the field', async () => {
    const response = await echo(post({ origin: ORIGIN }, '{"code":1}'));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('code');
    expect((await echo(post({ origin: ORIGIN }))).status).toBe(200);
  });

  it('answers 403 to staff without the permission', async () => {
    access.checkAccess.mockResolvedValue({ ok: false, reason: 'forbidden' });
    const staffOnly = routeHandler({ auth: 'lottery:publish' }, () => new Response('no'));
    const response = await staffOnly(new Request(`${ORIGIN}/api/v1/admin/x`, { headers: { origin: ORIGIN } }));
    expect(response.status).toBe(403);
  });

  it('leaves public routes to anyone, with no principal and no session lookup', async () => {
    const response = await open(new Request(`${ORIGIN}/api/v1/lottery/periods`));
    expect(await response.json()).toEqual({ principal: null });
    expect(access.checkAccess).not.toHaveBeenCalled();
  });
});
