/**
 * Everything about a citizen that leaves the server in "download my data": one object for the
 * JSON file, the same sections for the CSV files. Never a hash, never a whole bank account or
 * card number (masked as the pages show them), never another person's data.
 */
import type { ForumExport } from '@/lib/forum/my-data';
import type { IncomeRecordExport, PropertyDto } from '@/lib/tax-bills/tax-data';
import type { AccessEntryDto } from './access-entry';
import type { SpendingDto } from '@/lib/spending/dto';

export type ExportAccount = {
  mobileBarcode: string;
  email: string;
  emailConfirmedAt: string | null;
  createdAt: string;
  lastSignInAt: string | null;
  deletionRequestedAt: string | null;
  /** When the account is removed, if a deletion is pending. */
  deletionAfter: string | null;
  demoAccount: boolean;
  passkeys: { name: string; deviceType: string; createdAt: string; lastUsedAt: string | null }[];
};

export type ExportCarrier = { typeCode: string; number: string; linkedAt: string | null };

export type ExportInvoice = {
  /** Donated invoices masked as the donor sees them (AB12345***). */
  number: string;
  issuedAt: string;
  amount: number;
  seller: { name: string; ban: string };
  carrier: { typeCode: string; number: string };
  /** Hidden (null) for a donated invoice. */
  randomCode: string | null;
  donated: boolean;
  items: { name: string; nameEn: string; amount: number }[];
};

export type ExportDonation = { periodKey: string; invoiceNumber: string; loveCode: string; organisation: string; amount: number; donatedAt: string };

export type ExportTaxBill = {
  id: string;
  taxType: string;
  direction: 'payable' | 'refund';
  taxYear: number;
  office: string;
  subject: string;
  principal: number;
  dueDate: string;
  status: string;
  /** What paying on the export's day costs (principal + late fee); 0 when paid or a refund. */
  amountDue: number;
  lateFee: { surcharge: number; interest: number; total: number } | null;
  vehicle: { kind: string; cc: number } | null;
  events: { kind: 'payment' | 'refund'; at: string; amount: number; channel: string; reference: string }[];
};

/** A payment order and its e-receipt; never the provider's checkout address. */
export type ExportPayment = {
  id: string;
  billId: string;
  amount: number;
  description: string;
  status: string;
  createdAt: string;
  expiresAt: string;
  settledAt: string | null;
  billSettled: boolean | null;
  receipt: { number: string; issuedAt: string } | null;
};

/** A developer app as its owner sees it; never the key, its hash, sealed copy or prefix. */
export type ExportDeveloperApp = { appId: string; name: string; description: string; contact: string; createdAt: string; keyCreatedAt: string; revokedAt: string | null; demo: boolean };

export type ExportAccessEntry = Omit<AccessEntryDto, 'at'> & { at: string };

export type MyDataExport = {
  generatedAt: string;
  about: string;
  account: ExportAccount;
  carriers: ExportCarrier[];
  invoices: ExportInvoice[];
  donations: ExportDonation[];
  bankAccount: { bankCode: string; accountNumberMasked: string; updatedAt: string } | null;
  spending: Pick<SpendingDto, 'range' | 'total' | 'byMonth' | 'byCategory'> | null;
  accessLog: ExportAccessEntry[];
  taxBills: ExportTaxBill[];
  taxData: { income: IncomeRecordExport[]; properties: PropertyDto[] };
  payments: ExportPayment[];
  forum: ForumExport;
  developerApps: ExportDeveloperApp[];
};

export const EXPORT_SECTIONS = [
  'account',
  'carriers',
  'invoices',
  'items',
  'donations',
  'bank-account',
  'spending',
  'access-log',
  'tax-bills',
  'tax-bill-events',
  'tax-data',
  'payments',
  'forum-posts',
  'forum-activity',
  'developer-apps',
] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

export function isExportSection(value: string): value is ExportSection {
  return (EXPORT_SECTIONS as readonly string[]).includes(value);
}
