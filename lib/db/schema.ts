/**
 * The database as Kysely sees it. Column types are what the app reads after the drivers are
 * normalised in `client.ts` (int8 → number, date → 'YYYY-MM-DD'), so every driver yields the same.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamptz with a default: read as Date, optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const STAFF_ROLES = ['official', 'moderator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const USER_KINDS = ['staff', 'citizen'] as const;
export type UserKind = (typeof USER_KINDS)[number];

export interface UsersTable {
  id: Generated<string>;
  /** Stored lower-case; unique. Citizens signing in later by other means may have none. */
  email: string | null;
  display_name: string;
  kind: UserKind;
  /** scrypt hash; null for accounts that sign in another way. */
  password_hash: string | null;
  /** Marks seeded demo accounts and data so pages can label them synthetic. */
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_sign_in_at: NullableTimestamp;
  disabled_at: NullableTimestamp;
  /** Sessions issued under an older version are refused (migration 0005; lib/auth/session-version.ts). */
  session_version: ColumnType<number, number | undefined, number>;
  /** Citizens: the platform-issued mobile barcode they sign in with (migration 0006); unique. */
  mobile_barcode: ColumnType<string | null, string | null | undefined, string | null>;
  /** Citizens sign in only once their e-mail address is confirmed. */
  email_verified_at: NullableTimestamp;
  /** A requested account deletion runs after a grace period from here. */
  deletion_requested_at: NullableTimestamp;
}

export const CITIZEN_TOKEN_PURPOSES = ['confirm-email', 'reset-code'] as const;
export type CitizenTokenPurpose = (typeof CITIZEN_TOKEN_PURPOSES)[number];

/** One-time e-mail links (migration 0006): only the token's SHA-256 is stored. */
export interface CitizenTokensTable {
  id: Generated<number>;
  user_id: string;
  purpose: CitizenTokenPurpose;
  token_hash: string;
  created_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  used_at: NullableTimestamp;
}

/** WebAuthn credentials of citizens (migration 0006). */
export interface PasskeysTable {
  id: string;
  user_id: string;
  /** base64url of the COSE public key. */
  public_key: string;
  counter: ColumnType<number, number | undefined, number>;
  transports: ColumnType<string[], string | undefined, string>;
  device_type: string;
  backed_up: ColumnType<boolean, boolean | undefined, boolean>;
  name: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
}

/** Hashes of passkey challenges already verified once (migration 0011). */
export interface WebauthnChallengesUsedTable {
  challenge_hash: string;
  expires_at: Timestamp;
}

export interface UserRolesTable {
  user_id: string;
  role: StaffRole;
  granted_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_id: string | null;
  /** A snapshot of who acted (e-mail of staff), kept if the account is later removed. */
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** One row per limited key (migration 0004): attempts are reserved atomically on it. */
export interface RateLimitCountersTable {
  policy: string;
  /** sha-256 of the limited key (an e-mail, an IP), so the table holds no personal data. */
  key_hash: string;
  /** Attempts reserved in the current window (stops growing one past the limit). */
  count: number;
  window_start: ColumnType<Date, Date | string, Date | string>;
  /** The last reservation within the limit; a lockout runs from here. */
  last_at: ColumnType<Date, Date | string, Date | string>;
}

export interface LotteryPeriodsTable {
  period_key: string;
  special: string | null;
  grand: string;
  first_prizes: ColumnType<string[], string, string>;
  additional_sixth: ColumnType<string[], string | undefined, string>;
  sources: ColumnType<string[], string | undefined, string>;
  note: string | null;
  revision: ColumnType<number, number | undefined, number>;
  published_by: string | null;
  published_at: Timestamp;
  updated_at: Timestamp;
}

/** Open statistics: the synthetic e-invoice store (migration 0003; docs/statistics.md). */
export interface StatGenerationRunsTable {
  id: Generated<number>;
  model_version: string;
  seed: number;
  invoices: number;
  chunk_size: number;
  chunks: number;
  sellers: number;
  buyers: number;
  started_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface StatGenerationChunksTable {
  run_id: number;
  chunk_index: number;
  rows: number;
  completed_at: Timestamp;
}

export interface StatTownshipsTable {
  code: number;
  county_code: number;
  county_name: string;
  county_name_en: string;
  name: string;
}

export interface StatIndustriesTable {
  code: number;
  key: string;
  name: string;
  name_en: string;
}

export interface StatItemsTable {
  code: number;
  industry_code: number;
  name: string;
  name_en: string;
}

export interface StatSellersTable {
  id: number;
  ban: string;
  name: string;
  county_code: number;
  township_code: number;
  industry_code: number;
}

export interface StatBuyersTable {
  id: number;
  carrier_type: number;
  age_band: number;
  gender: number;
}

/** Taiwan local time without a zone: read as Date by the drivers, written as 'YYYY-MM-DD HH:MM:SS'. */
type LocalTimestamp = ColumnType<Date, string, string>;

export interface StatInvoicesTable {
  id: number;
  issued_at: LocalTimestamp;
  seller_id: number;
  county_code: number;
  township_code: number;
  industry_code: number;
  carrier_type: number;
  buyer_id: number | null;
  age_band: number | null;
  gender: number | null;
  amount: number;
  item_codes: number[];
  item_prices: number[];
  /** Track letters as a code: AA = 0 … ZZ = 675 (lib/stats/synthetic/invoice-numbers.ts). */
  track: number;
  /** The 8 digits of the invoice number, as an integer. */
  number: number;
  random_code: number;
}

/** A carrier of the synthetic world (migration 0007); owner_id is the citizen it is linked to. */
export interface CarriersTable {
  id: Generated<number>;
  buyer_id: number;
  type_code: string;
  number: string;
  owner_id: string | null;
  linked_at: NullableTimestamp;
}

/** Cloud-invoice prize lists per period (migration 0007). */
export interface CloudPrizeListsTable {
  period_key: string;
  synthetic: Generated<boolean>;
  note: string | null;
  published_by: string | null;
  published_at: Timestamp;
}

export interface CloudPrizeNumbersTable {
  period_key: string;
  invoice_number: string;
  prize: 'cloud1000000' | 'cloud2000' | 'cloud800' | 'cloud500';
}

/** The citizen's prize bank account (migration 0008): shown masked, changed with the verification code. */
export interface BankAccountsTable {
  owner_id: string;
  bank_code: string;
  account_number: string;
  /** First set (automatic payment needs an account by the day before the draw). */
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The love-code directory (migration 0008); the seeded rows are synthetic. */
export interface LoveCodeOrganisationsTable {
  code: string;
  name: string;
  name_en: string;
  synthetic: Generated<boolean>;
}

/** One donated invoice (migration 0008), named by period and number. */
export interface DonationsTable {
  id: Generated<number>;
  owner_id: string;
  period_key: string;
  invoice_number: string;
  love_code: string;
  amount: number;
  idempotency_key: string;
  donated_at: Timestamp;
}

/** Tax passbook (migration 0012). Overdue and enforcement are derived from dates, not stored. */
export type TaxBillType = 'house' | 'land_value' | 'vehicle_licence' | 'income';
export interface TaxBillsTable {
  id: Generated<string>;
  owner_id: string;
  tax_type: TaxBillType;
  direction: ColumnType<'payable' | 'refund', 'payable' | 'refund' | undefined, 'payable' | 'refund'>;
  tax_year: number;
  office_code: string;
  principal: number;
  /** Read as 'YYYY-MM-DD' (the drivers' date parser). */
  due_date: string;
  serial: number;
  subject: string;
  subject_en: string;
  vehicle_kind: 'private-car' | 'commercial-car' | 'motorcycle' | null;
  engine_cc: number | null;
  return_id: string | null;
  paid_at: NullableTimestamp;
  synthetic: Generated<boolean>;
  created_at: Timestamp;
}

export interface TaxBillEventsTable {
  id: Generated<number>;
  bill_id: string;
  kind: 'payment' | 'refund';
  occurred_at: ColumnType<Date, Date | string, Date | string>;
  amount: number;
  channel: string;
  reference: string;
}

export interface TaxIncomeRecordsTable {
  id: Generated<number>;
  owner_id: string;
  income_year: number;
  payer_ban: string;
  payer_name: string;
  income_code: string;
  amount: number;
  withheld: number;
}

export interface TaxPropertiesTable {
  id: Generated<number>;
  owner_id: string;
  kind: 'land' | 'building' | 'vehicle';
  description: string;
  description_en: string;
  measure: string;
  value: number;
  acquired_on: string;
}

/** Due-date reminders (migration 0017): the calendar feed's token hash, and reminders mailed. */
export interface TaxCalendarFeedsTable {
  owner_id: string;
  token_hash: string;
  created_at: Timestamp;
}

export interface TaxBillRemindersTable {
  bill_id: string;
  due_date: string;
  sent_at: Timestamp;
}

export const PAYMENT_ORDER_STATUSES = ['pending', 'paid', 'failed', 'expired'] as const;
export type PaymentOrderStatus = (typeof PAYMENT_ORDER_STATUSES)[number];

/** A tax bill handed to the payment provider (migration 0013); bill_id names tax_bills (0012). */
export interface PaymentOrdersTable {
  id: Generated<string>;
  owner_id: string;
  bill_id: string;
  amount: number;
  description: string;
  status: ColumnType<PaymentOrderStatus, PaymentOrderStatus | undefined, PaymentOrderStatus>;
  idempotency_key: string;
  provider_reference: string | null;
  checkout_url: string | null;
  provider_event_id: string | null;
  /** False when the bill was already paid another way when this payment came in (refund due). */
  bill_settled: boolean | null;
  created_at: Timestamp;
  expires_at: Date | string;
  settled_at: NullableTimestamp;
  updated_at: Timestamp;
}

/** The e-receipt of a paid order (migration 0013): one per order. */
export interface PaymentReceiptsTable {
  id: Generated<number>;
  order_id: string;
  number: string;
  issued_at: Timestamp;
}

export const PAYMENT_CALLBACK_REFUSALS = [
  'missing_signature',
  'bad_signature',
  'stale_timestamp',
  'malformed',
  'unknown_order',
  'amount_mismatch',
  'reference_mismatch',
] as const;
export type PaymentCallbackRefusal = (typeof PAYMENT_CALLBACK_REFUSALS)[number];

/** A provider callback that was refused, with the reason (migration 0013). */
export interface PaymentCallbackLogTable {
  id: Generated<number>;
  received_at: Timestamp;
  reason: PaymentCallbackRefusal;
  order_id: string | null;
  event_id: string | null;
  detail: string | null;
  remote_address: string | null;
}

/** Issue 14, migration 0014: the community forum. */
export interface ForumCategoriesTable {
  slug: string;
  name: string;
  name_en: string;
  description: string;
  description_en: string;
  position: number;
  endorsement_threshold: ColumnType<number, number | undefined, number>;
  endorsement_days: ColumnType<number, number | undefined, number>;
}

export interface ForumThreadsTable {
  id: Generated<number>;
  category: string;
  kind: 'proposal' | 'question';
  author_id: string | null;
  title: string;
  body: string;
  body_hash: string;
  status: string;
  endorsement_count: ColumnType<number, number | undefined, number>;
  endorsement_threshold: number | null;
  endorse_until: NullableTimestamp;
  threshold_reached_at: NullableTimestamp;
  answer_due: NullableTimestamp;
  last_answered_at: NullableTimestamp;
  comment_count: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  edited_at: NullableTimestamp;
  hidden_at: NullableTimestamp;
  hidden_reason: string | null;
  locked_at: NullableTimestamp;
  report_count: ColumnType<number, number | undefined, number>;
  synthetic: ColumnType<boolean, boolean | undefined, boolean>;
  /** A tsvector, written as a literal (lib/forum/search.ts). */
  search: string;
}

export interface ForumCommentsTable {
  id: Generated<number>;
  thread_id: number;
  parent_id: number | null;
  author_id: string | null;
  body: string;
  body_hash: string;
  created_at: Timestamp;
  edited_at: NullableTimestamp;
  hidden_at: NullableTimestamp;
  hidden_reason: string | null;
  report_count: ColumnType<number, number | undefined, number>;
  synthetic: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface ForumEditsTable {
  id: Generated<number>;
  thread_id: number;
  comment_id: number | null;
  title: string | null;
  body: string;
  written_at: ColumnType<Date, Date | string, Date | string>;
  replaced_at: Timestamp;
}

export interface ForumEndorsementsTable {
  thread_id: number;
  citizen_id: string;
  created_at: Timestamp;
}

export interface ForumAnswersTable {
  id: Generated<number>;
  thread_id: number;
  official_id: string | null;
  official_label: string;
  status: string;
  body: string;
  created_at: Timestamp;
}

export interface ForumFollowsTable {
  thread_id: number;
  user_id: string;
  created_at: Timestamp;
}

export interface ForumReportsTable {
  id: Generated<number>;
  thread_id: number;
  comment_id: number | null;
  reporter_id: string;
  reason: string;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
}

export interface ForumNotificationsTable {
  id: Generated<number>;
  user_id: string;
  thread_id: number;
  kind: string;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface ForumSuspensionsTable {
  user_id: string;
  until: ColumnType<Date, Date | string, Date | string>;
  reason: string;
  created_by: string;
  created_at: Timestamp;
}

/** An app of the open API (migration 0015); the API key is kept hashed and sealed, never in clear. */
export interface DeveloperAppsTable {
  id: Generated<number>;
  app_id: string;
  owner_id: string;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  contact: string;
  key_hash: string;
  key_sealed: string;
  key_prefix: string;
  key_created_at: Timestamp;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
}

/** Calls per app, Taiwan day and action (migration 0015). */
export interface DeveloperAppUsageTable {
  app_id: string;
  day: string;
  action: string;
  calls: ColumnType<number, number | undefined, number>;
  limited: ColumnType<number, number | undefined, number>;
}

export interface Database {
  webauthn_challenges_used: WebauthnChallengesUsedTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  audit_log: AuditLogTable;
  rate_limit_counters: RateLimitCountersTable;
  citizen_tokens: CitizenTokensTable;
  passkeys: PasskeysTable;
  lottery_periods: LotteryPeriodsTable;
  stat_generation_runs: StatGenerationRunsTable;
  stat_generation_chunks: StatGenerationChunksTable;
  stat_townships: StatTownshipsTable;
  stat_industries: StatIndustriesTable;
  stat_items: StatItemsTable;
  stat_sellers: StatSellersTable;
  stat_buyers: StatBuyersTable;
  stat_invoices: StatInvoicesTable;
  carriers: CarriersTable;
  cloud_prize_lists: CloudPrizeListsTable;
  cloud_prize_numbers: CloudPrizeNumbersTable;
  bank_accounts: BankAccountsTable;
  love_code_organisations: LoveCodeOrganisationsTable;
  donations: DonationsTable;
  tax_bills: TaxBillsTable;
  tax_bill_events: TaxBillEventsTable;
  tax_income_records: TaxIncomeRecordsTable;
  tax_properties: TaxPropertiesTable;
  tax_calendar_feeds: TaxCalendarFeedsTable;
  tax_bill_reminders: TaxBillRemindersTable;
  payment_orders: PaymentOrdersTable;
  payment_receipts: PaymentReceiptsTable;
  payment_callback_log: PaymentCallbackLogTable;
  forum_categories: ForumCategoriesTable;
  forum_threads: ForumThreadsTable;
  forum_comments: ForumCommentsTable;
  forum_edits: ForumEditsTable;
  forum_endorsements: ForumEndorsementsTable;
  forum_answers: ForumAnswersTable;
  forum_follows: ForumFollowsTable;
  forum_reports: ForumReportsTable;
  forum_notifications: ForumNotificationsTable;
  forum_suspensions: ForumSuspensionsTable;
  developer_apps: DeveloperAppsTable;
  developer_app_usage: DeveloperAppUsageTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
