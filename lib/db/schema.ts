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
  /** Track letters as a code: AA = 0 … ZZ = 675 (lib/stats/invoice-numbers.ts). */
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
  developer_apps: DeveloperAppsTable;
  developer_app_usage: DeveloperAppUsageTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
