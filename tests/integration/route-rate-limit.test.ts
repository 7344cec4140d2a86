/**
 * The route wrapper's `rateLimit` and `client` options against a real database (PGlite, or
 * Postgres with TEST_DATABASE_URL): RateLimit-* headers on every answer, 429 with Retry-After
 * over the limit, a counter per caller (app key, else address), a fixed window that resets,
 * and exactly `limit` calls let through when they arrive at once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

const state = vi.hoisted(() => ({ db: undefined as unknown, now: new Date('2026-11-30T04:00:00Z') }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? state.db,
}));
vi.mock('@/lib/clock', async (original) => ({ ...(await original<typeof import('@/lib/clock')>()), now: () => state.now }));

const { routeHandler } = await import('@/lib/api/route-handler');
const { createApp } = await import('@/lib/developer-apps/store');

let t: TestDb;
let app: { appId: string; apiKey: string };

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  const owner = await createCitizen(t.db, 'Dev');
  const created = await createApp(owner, { name: 'Test', description: '', contact: 'dev@example.com' }, { db: t.db });
  if (!created.ok) throw new Error('not created');
  app = { appId: created.app.appId, apiKey: created.apiKey };
});
afterAll(() => t?.close());

const route = routeHandler({ auth: 'public', rateLimit: 'api:write', client: 'app-or-session' }, ({ client }) => Response.json({ client }));
const appOnly = routeHandler({ auth: 'public', client: 'app' }, ({ client }) => Response.json({ client }));
const call = (headers: Record<string, string> = {}) => route(new Request('http://localhost/api/v1/test', { method: 'POST', headers }));

describe('routeHandler rateLimit and client', () => {
  it('answers with RateLimit-* headers and says who the caller is', async () => {
    const first = await call({ 'x-forwarded-for': '203.0.113.1' });
    expect(first.status).toBe(200);
    expect(first.headers.get('RateLimit-Limit')).toBe('60');
    expect(first.headers.get('RateLimit-Remaining')).toBe('59');
    expect(Number(first.headers.get('RateLimit-Reset'))).toBeGreaterThan(0);
    expect(await first.json()).toEqual({ client: { kind: 'anonymous', ip: null } });
    const byApp = await call({ 'x-app-id': app.appId, 'x-api-key': app.apiKey });
    expect(await byApp.json()).toEqual({ client: { kind: 'app', appId: app.appId } });
    expect(byApp.headers.get('RateLimit-Remaining')).toBe('59');
  });

  it('401 for a wrong key, and for no key where an app is required', async () => {
    const wrong = await call({ 'x-app-id': app.appId, 'x-api-key': 'nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await appOnly(new Request('http://localhost/api/v1/test'))).status).toBe(401);
    expect((await appOnly(new Request('http://localhost/api/v1/test', { headers: { 'x-app-id': app.appId, 'x-api-key': app.apiKey } }))).status).toBe(200);
  });

  it('429 with Retry-After once the window’s calls are used, and a fresh window after it', async () => {
    state.now = new Date('2026-11-30T05:00:00Z');
    const headers = { 'x-app-id': app.appId, 'x-api-key': app.apiKey };
    const answers = await Promise.all(Array.from({ length: 75 }, () => call(headers)));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(60);
    const refused = answers.find((r) => r.status === 429)!;
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0');
    state.now = new Date('2026-11-30T05:01:01Z');
    expect((await call(headers)).status).toBe(200);
  });
});
