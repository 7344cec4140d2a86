import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DbStatus } from '@/lib/db/health';

const session = vi.hoisted(() => ({ getStaffSession: vi.fn() }));
const db = vi.hoisted(() => ({ checkDatabase: vi.fn() }));
vi.mock('@/lib/auth/session', () => session);
vi.mock('@/lib/db', () => db);

const { GET } = await import('@/app/api/health/route');

const OK: DbStatus = { status: 'ok', driver: 'pg', label: 'pg (db.internal:5432/tax)', ok: true, migration: '0003-statistics', latencyMs: 4 };
const DOWN: DbStatus = {
  status: 'unavailable',
  driver: 'pg',
  label: 'pg (db.internal:5432/tax)',
  ok: false,
  migration: null,
  latencyMs: null,
  error: 'Cannot reach the database at db.internal:5432 given by DATABASE_URL (ECONNREFUSED).',
};
const STAFF = { id: '1', name: 'A', email: 'a@x', roles: ['admin'] };

/** A monitor asks without cookies; a signed-in browser sends its session cookie. */
async function get(cookie?: string) {
  const response = await GET(new Request('https://tax.example/api/health', { headers: cookie ? { cookie } : {} }));
  return { response, body: (await response.json()) as Record<string, unknown> };
}

beforeEach(() => {
  session.getStaffSession.mockReset();
  db.checkDatabase.mockReset();
});

describe('GET /api/health', () => {
  it('tells an anonymous caller only the status and version', async () => {
    session.getStaffSession.mockResolvedValue(null);
    db.checkDatabase.mockResolvedValue(DOWN);
    const { response, body } = await get();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(Object.keys(body).sort()).toEqual(['status', 'version']);
    expect(body.status).toBe('unavailable');
    expect(JSON.stringify(body)).not.toContain('db.internal');
  });

  it('reports a slow database as degraded (200: still serving)', async () => {
    session.getStaffSession.mockResolvedValue(null);
    db.checkDatabase.mockResolvedValue({ ...OK, status: 'degraded', latencyMs: 1800 });
    const { response, body } = await get();
    expect(response.status).toBe(200);
    expect(body).toEqual({ status: 'degraded', version: expect.any(String) });
  });

  it('shows signed-in staff the driver, server and error text', async () => {
    session.getStaffSession.mockResolvedValue(STAFF);
    db.checkDatabase.mockResolvedValue(DOWN);
    const { body } = await get('authjs.session-token=abc');
    expect(body.database).toMatchObject({ driver: 'pg', server: 'pg (db.internal:5432/tax)', ok: false, error: DOWN.error });
  });

  it('does not read a session when the request carries no session cookie', async () => {
    session.getStaffSession.mockResolvedValue(STAFF);
    db.checkDatabase.mockResolvedValue(OK);
    const { body } = await get('theme=dark');
    expect(body).toEqual({ status: 'ok', version: expect.any(String) });
    expect(session.getStaffSession).not.toHaveBeenCalled();
  });

  it('treats a session that cannot be read as anonymous', async () => {
    session.getStaffSession.mockRejectedValue(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    db.checkDatabase.mockResolvedValue(OK);
    const { response, body } = await get('__Secure-authjs.session-token=abc');
    expect(response.status).toBe(200);
    expect(body).toEqual({ status: 'ok', version: expect.any(String) });
  });
});
