/** Every audited action has a name here, so the log can be filtered and translated. */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_locked',
  /** A sign-in request whose fields were not even well formed (counted against the lockout too). */
  'auth.sign_in_malformed',
  'auth.sign_out',
  /** A signed-in staff member refused for want of a permission (details.permission; target: the path or action). */
  'auth.forbidden',
  'lottery.publish',
  'lottery.correct',
  /** A publication or correction that was refused (details.code: exists, out_of_order, not_found, rate_limited). */
  'lottery.publish_refused',
  'account.disable',
  'account.roles_change',
  'account.password_change',
  /** A citizen linked (歸戶) or unlinked a carrier (target: the carrier id; details: type). */
  'carrier.link',
  'carrier.unlink',
  /** A citizen set or changed the prize bank account (details: bank code, last 4 digits only). */
  'bank_account.change',
  /** A change refused because the verification code was wrong (or the attempts are locked). */
  'bank_account.change_refused',
  /** A citizen donated an invoice (target: period/number; details: love code). */
  'donation.create',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
