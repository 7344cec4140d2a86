/**
 * The audit log: who did what, when, and from where. Every staff action writes one entry.
 * Entries are append-only: nothing in the app updates or deletes them.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import type { AuditAction } from './actions';

export type { AuditAction } from './actions';

export type AuditInput = {
  actor: { id: string | null; label: string };
  action: AuditAction;
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
  meta?: RequestMeta;
};

export type AuditEntry = {
  id: number;
  occurredAt: Date;
  actorLabel: string;
  action: string;
  target: string | null;
  ip: string | null;
  details: Record<string, unknown>;
};

export async function recordAudit(input: AuditInput, database?: Kysely<Database>): Promise<void> {
  const db = await resolveDb(database);
  await db
    .insertInto('audit_log')
    .values({
      actor_id: input.actor.id,
      actor_label: input.actor.label,
      action: input.action,
      target_type: input.target?.type ?? null,
      target_id: input.target?.id ?? null,
      ip: input.meta?.ip ?? null,
      user_agent: input.meta?.userAgent ?? null,
      details: JSON.stringify(input.details ?? {}),
    })
    .execute();
}

/** Newest first; `beforeId` pages back through older entries. */
export async function listAuditLog(
  options: { limit?: number; beforeId?: number; actorId?: string } = {},
  database?: Kysely<Database>,
): Promise<AuditEntry[]> {
  const db = await resolveDb(database);
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'occurred_at', 'actor_label', 'action', 'target_type', 'target_id', 'ip', 'details'])
    .orderBy('id', 'desc')
    .limit(Math.min(options.limit ?? 50, 200));
  if (options.beforeId) query = query.where('id', '<', options.beforeId);
  if (options.actorId) query = query.where('actor_id', '=', options.actorId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: Number(row.id),
    occurredAt: new Date(row.occurred_at),
    actorLabel: row.actor_label,
    action: row.action,
    target: row.target_type ? `${row.target_type}:${row.target_id ?? ''}` : null,
    ip: row.ip,
    details: row.details,
  }));
}
