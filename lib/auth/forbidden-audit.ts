/**
 * A signed-in staff member asking for something their role does not allow is worth a line in
 * the audit log (probing, or a role that is missing): one function for pages, staff APIs and
 * server actions, so every 403 is recorded the same way.
 */
import 'server-only';
import { headers } from 'next/headers';
import { recordAudit } from '@/lib/audit';
import { requestMetaFrom } from '@/lib/http/request-meta';
import type { Permission } from './permissions';

export async function auditForbidden(staff: { id: string; email: string }, permission: Permission, where: string): Promise<void> {
  await recordAudit({
    actor: { id: staff.id, label: staff.email },
    action: 'auth.forbidden',
    target: { type: 'path', id: where.slice(0, 200) },
    details: { permission },
    meta: requestMetaFrom(await headers()),
  });
}
