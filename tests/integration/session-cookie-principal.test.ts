/**
 * The principal from a real Auth.js session cookie, without auth() (issue 12): getPrincipal reads
 * the cookie with lib/auth/session-token.ts and checks it against the database on every request,
 * so a revoked session stays refused even though its decrypted claims are kept in the process;
 * and the citizen API wrapper renews the cookie through Auth.js only once it is a minute old.
 * Real database (PGlite, or Postgres with TEST_DATABASE_URL); Auth.js's wrapper is stubbed.
 */
import { encode } from 'next-auth/jwt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bumpSessionVersion } from '@/lib/auth/session-version';
import { forgetSessionTokens, RENEW_AFTER_SECONDS } from '@/lib/auth/session-token';
import { authSecret } from '@/lib/env';
import { createTestDb, type TestDb } from './support/test-db';

const state = vi.hoisted(() => ({ db: undefined as unknown, cookie: null as string | null }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}) }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? state.db,
}));
// Auth.js's renewing wrapper, marked so the test can see which requests went through it.
vi.mock('@/lib/auth/config', () => ({
  auth: (handler: (r: Request, c: unknown) => Promise<Response>) => async (request: Request, context: unknown) => {
    const response = await handler(request, context);
    const headers = new Headers(response.headers);
    headers.append('set-cookie', 'authjs.session-token=renewed; Path=/; HttpOnly; SameSite=Lax');
    // What Auth.js also hands out, which the API wrapper must not pass on (lib/api/session-handler.ts).
    headers.append('set-cookie', '__Host-authjs.csrf-token=x; Path=/; HttpOnly; Secure');
    headers.append('set-cookie', 'authjs.callback-url=y; Path=/');
    return new Response(response.body, { status: response.status, headers });
  },
}));

const { getPrincipal } = await import('@/lib/auth/principal');
const { routeHandler } = await import('@/lib/api/route-handler');

let t: TestDb;
const citizens = { alice: { id: '' }, bob: { id: '' }, carol: { id: '' } };
let staffId = '';
beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  const user = async (name: string, kind: 'citizen' | 'staff') =>
    (
      await t.db
        .insertInto('users')
        .values({ email: `cookie-${name}-${Date.now()}@taxcloud.example`, display_name: name, kind, is_demo: true })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  for (const name of ['alice', 'bob', 'carol'] as const) citizens[name].id = await user(name, 'citizen');
  staffId = await user('staff', 'staff');
  await t.db.insertInto('user_roles').values({ user_id: staffId, role: 'official' }).execute();
});
afterAll(() => t?.close());
afterEach(() => {
  vi.useRealTimers();
  forgetSessionTokens();
});

async function cookieFor(userId: string, kind: 'citizen' | 'staff' = 'citizen'): Promise<string> {
  const { session_version } = await t.db.selectFrom('users').select('session_version').where('id', '=', userId).executeTakeFirstOrThrow();
  const token = { uid: userId, kind, roles: [], sv: session_version, authTime: Math.floor(Date.now() / 1000) };
  return `authjs.session-token=${await encode({ token, secret: authSecret(), salt: 'authjs.session-token', maxAge: 20 * 60 })}`;
}

const whoami = routeHandler({ auth: 'citizen' }, async ({ principal }) => Response.json({ id: principal.id }));
const call = (cookie: string | null) => {
  state.cookie = cookie;
  return whoami(new Request('http://localhost:3000/api/v1/me/whoami', cookie ? { headers: { cookie } } : {}));
};

describe('getPrincipal from the session cookie', { timeout: 60_000 }, () => {
  it('is the citizen of a valid cookie, and nobody without one', async () => {
    const { alice } = citizens;
    state.cookie = await cookieFor(alice.id);
    expect(await getPrincipal()).toMatchObject({ id: alice.id, kind: 'citizen' });
    state.cookie = null;
    expect(await getPrincipal()).toBeNull();
    state.cookie = 'authjs.session-token=forged';
    expect(await getPrincipal()).toBeNull();
  });

  it('refuses a revoked session on the next request, although its claims were kept', async () => {
    const { bob } = citizens;
    state.cookie = await cookieFor(bob.id);
    expect(await getPrincipal()).toMatchObject({ id: bob.id });
    await bumpSessionVersion(bob.id, t.db);
    expect(await getPrincipal()).toBeNull();
    // A cookie issued after the revocation counts again.
    state.cookie = await cookieFor(bob.id);
    expect(await getPrincipal()).toMatchObject({ id: bob.id });
  });
});

describe('citizen API wrapper: renewal once a minute', { timeout: 60_000 }, () => {
  it('answers a fresh cookie without re-issuing it, and renews it through Auth.js once it is a minute old', async () => {
    const { alice } = citizens;
    const cookie = await cookieFor(alice.id);
    const fresh = await call(cookie);
    expect(fresh.status).toBe(200);
    expect(await fresh.json()).toEqual({ id: alice.id });
    expect(fresh.headers.getSetCookie()).toEqual([]);
    expect(fresh.headers.get('cache-control')).toBe('private, no-store');

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + (RENEW_AFTER_SECONDS + 1) * 1000 });
    const old = await call(cookie);
    expect(old.status).toBe(200);
    expect(old.headers.getSetCookie()).toEqual([expect.stringMatching(/^authjs\.session-token=renewed;/)]);
    expect(old.headers.get('cache-control')).toBe('private, no-store');
  });

  it('still answers 401 for no cookie, a forged one (through Auth.js, which clears it) and a revoked session', async () => {
    expect((await call(null)).status).toBe(401);
    const forged = await call('authjs.session-token=forged');
    expect(forged.status).toBe(401);
    expect(forged.headers.getSetCookie()).toHaveLength(1);
    const { carol } = citizens;
    const cookie = await cookieFor(carol.id);
    expect((await call(cookie)).status).toBe(200);
    await bumpSessionVersion(carol.id, t.db);
    expect((await call(cookie)).status).toBe(401);
  });

  it('refuses a staff cookie on a citizen route', async () => {
    expect((await call(await cookieFor(staffId, 'staff'))).status).toBe(401);
  });
});
