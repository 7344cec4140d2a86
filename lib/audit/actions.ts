/** Every audited action has a name here, so the log can be filtered and translated. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_locked',
  'auth.sign_out',
  'lottery.publish',
  'lottery.correct',
  'account.disable',
  'account.roles_change',
  'account.password_change',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
