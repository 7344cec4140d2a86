/**
 * One line of a citizen's access log, as they see it: when, what, who (themselves, staff or the
 * system; a staff member's name and address are not shown, their role in the service is) and
 * from which address. Pure: the mapping from audit rows is unit-tested.
 */
export type AccessActor = 'you' | 'staff' | 'system' | 'unknown';

export type AccessEntryDto = {
  id: number;
  at: Date;
  /** The audit action, e.g. 'auth.sign_in'. */
  action: string;
  actor: AccessActor;
  /** The address the request came from: shown for the citizen's own actions only. */
  ip: string | null;
  /** What was touched, when it is not the account itself (a carrier id, an invoice). */
  target: string | null;
  /** The reason a staff member gave for looking (a tax lookup): the citizen is owed it. */
  reason: string | null;
};

export type AuditRowLike = {
  id: number;
  occurred_at: Date | string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  actor_kind: 'staff' | 'citizen' | null;
  details?: Record<string, unknown> | null;
};

export function accessEntry(row: AuditRowLike, ownerId: string): AccessEntryDto {
  const actor: AccessActor =
    row.actor_id === ownerId ? 'you' : row.actor_kind === 'staff' ? 'staff' : row.actor_id === null && row.actor_label === 'system' ? 'system' : 'unknown';
  const aboutAccount = row.target_type === 'user' && row.target_id === ownerId;
  return {
    id: Number(row.id),
    at: new Date(row.occurred_at),
    action: row.action,
    actor,
    ip: actor === 'you' ? row.ip : null,
    target: row.target_type && !aboutAccount ? `${row.target_type}:${row.target_id ?? ''}` : null,
    reason: actor === 'staff' && typeof row.details?.reason === 'string' ? row.details.reason : null,
  };
}

/** The message key of an action ('auth.sign_in' → 'auth_sign_in'); unknown ones fall back to 'other'. */
export function actionKey(action: string, known: ReadonlySet<string>): string {
  const key = action.replaceAll('.', '_');
  return known.has(key) ? key : 'other';
}
