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
  /** A publication or correction that was refused (details.code: exists, out_of_order, not_found, rate_limited, cloud_file: a cloud-list file with bad lines, details.file and badLines). */
  'lottery.publish_refused',
  'account.disable',
  'account.roles_change',
  'account.password_change',
  /** Citizens (issue 12). Sign-in, failure, lockout and sign-out use the auth.* actions above. */
  /** A citizen with the right code whose e-mail address is not confirmed yet. */
  'auth.sign_in_unconfirmed',
  'citizen.register',
  /** A registration for an address that already has an account: a notice is mailed instead. */
  'citizen.register_existing',
  /** Refused by a rate limit (details.policy). */
  'citizen.register_refused',
  'citizen.email_confirm',
  'citizen.code_change',
  /** A code change with a wrong current code (counted against the sign-in lockout). */
  'citizen.code_change_failed',
  'citizen.code_reset_request',
  'citizen.code_reset_refused',
  'citizen.code_reset',
  /** A citizen linked (歸戶) or unlinked a carrier (target: the carrier id; details: type). */
  'carrier.link',
  'carrier.unlink',
  /** A citizen set or changed the prize bank account (details: bank code, last 4 digits only). */
  'bank_account.change',
  /** A change refused because the verification code was wrong (or the attempts are locked). */
  'bank_account.change_refused',
  /** A citizen donated an invoice (target: period/number; details: love code). */
  'donation.create',
  'citizen.passkey_add',
  'citizen.passkey_remove',
  /** My data (issue 12 item 8): a citizen downloaded their data (details: format, section). */
  'citizen.data_export',
  /** A citizen asked to delete their account (details: purgeAfter); every session ended. */
  'citizen.deletion_request',
  /** A deletion request with a wrong verification code (counted against the sign-in lockout). */
  'citizen.deletion_refused',
  'citizen.deletion_cancel',
  /** The purge removed an account whose grace period ended (actor: system; target: the former user id). */
  'citizen.account_purged',
  /** A tax official looked up a citizen's tax bills (target: the citizen; details: the reason given). */
  'tax.staff_lookup',
  /** A citizen downloaded their cloud tax information (details: year, format). */
  'tax.data_export',
  /** A citizen created or renewed (the old address stops) or revoked their due-date calendar feed. */
  'tax.calendar_renew',
  'tax.calendar_revoke',
  /** Paying a tax bill online (issue 13 item 4): an order handed to the provider (target: order; details: bill, amount). */
  'payment.order_create',
  /** A payment confirmed by the provider's callback or by reconciliation (actor: system; details: receipt, via). */
  'payment.paid',
  /** The provider reported the payment declined, or the order ran out (details: status, via). */
  'payment.closed',
  /** Forum (issue 14; target: forum_thread or forum_comment id). */
  'forum.thread_create',
  'forum.thread_edit',
  'forum.comment_create',
  'forum.comment_edit',
  /** An official answer (details: status). */
  'forum.answer',
  /** A report (details: reason); three from different accounts hide the post (forum.auto_hide). */
  'forum.report',
  'forum.auto_hide',
  /** Moderators (details: reason; move: from, to; suspend: until). */
  'forum.hide',
  'forum.restore',
  'forum.lock',
  'forum.unlock',
  'forum.move',
  'forum.suspend',
  /** An admin's endorsement threshold and deadline for a category (details: from, to). */
  'forum.category_rules',
  /** Open API apps (issue 15; target: the app ID). The key itself is never logged. */
  'developer_app.create',
  'developer_app.rotate',
  'developer_app.revoke',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
