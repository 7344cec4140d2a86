// Who may call what: the one rule behind the route-handler and server-action wrappers.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const principal = vi.hoisted(() => ({ getPrincipal: vi.fn() }));
const audit = vi.hoisted(() => ({ auditForbidden: vi.fn() }));
vi.mock('@/lib/auth/principal', async (original) => ({ ...(await original<object>()), ...principal }));
vi.mock('@/lib/auth/config', () => ({ auth: vi.fn() }));
vi.mock('@/lib/auth/forbidden-audit', () => audit);

const { checkAccess } = await import('@/lib/auth/access');

const CITIZEN = { kind: 'citizen', id: 'c1', name: '/TAXC001', email: 'c@x', roles: [] };
const OFFICIAL = { kind: 'staff', id: 's1', name: 'O', email: 'o@x', roles: ['official'] };
const ROLELESS = { kind: 'staff', id: 's2', name: 'R', email: 'r@x', roles: [] };

beforeEach(() => {
  principal.getPrincipal.mockReset();
  audit.auditForbidden.mockReset();
});

describe('checkAccess', () => {
  it('lets anyone call a public endpoint without reading the session', async () => {
    expect(await checkAccess('public', 'x')).toEqual({ ok: true, principal: null });
    expect(principal.getPrincipal).not.toHaveBeenCalled();
  });

  it('gives a citizen endpoint only to a signed-in citizen', async () => {
    principal.getPrincipal.mockResolvedValue(CITIZEN);
    expect(await checkAccess('citizen', 'x')).toEqual({ ok: true, principal: CITIZEN });
    for (const other of [null, OFFICIAL]) {
      principal.getPrincipal.mockResolvedValue(other);
      expect(await checkAccess('citizen', 'x')).toEqual({ ok: false, reason: 'unauthenticated' });
    }
  });

  it('gives a staff endpoint to staff with the permission, and audits the rest of the staff', async () => {
    principal.getPrincipal.mockResolvedValue(OFFICIAL);
    expect(await checkAccess('lottery:publish', 'x')).toEqual({ ok: true, principal: OFFICIAL });
    expect(await checkAccess('audit:read', 'GET /admin/audit')).toEqual({ ok: false, reason: 'forbidden' });
    expect(audit.auditForbidden).toHaveBeenCalledWith(OFFICIAL, 'audit:read', 'GET /admin/audit');
  });

  it('treats a citizen, or staff without any role, as not signed in to staff endpoints (nothing to audit)', async () => {
    for (const other of [null, CITIZEN, ROLELESS]) {
      principal.getPrincipal.mockResolvedValue(other);
      expect(await checkAccess('lottery:publish', 'x')).toEqual({ ok: false, reason: 'unauthenticated' });
    }
    expect(audit.auditForbidden).not.toHaveBeenCalled();
  });
});
