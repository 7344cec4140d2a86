/**
 * A scanning session: the invoices read so far by camera, photo or pasted text, each once,
 * with its result, the totals and a CSV of the list. Pure (no DOM), so the checker runs it in
 * the browser and the tests in Node; the component only feeds it reads and draws the result.
 */
import { rocCompact } from '@/lib/taiwan';
import { csvLine } from '../csv';
import type { CheckablePeriod } from './bulk';
import { compactInvoiceNumber } from './invoice-number';
import { netPayout } from './payout';
import { pageKey } from './period';
import { prizeName, type PrizeKey } from './prizes';
import { parseLeftQr, type LeftQr } from './qr';
import { checkLeftQr, type QrCheck } from './qr-check';

/**
 * One invoice: the same number on the same date. Numbers come round again in later periods
 * (a track's range is reused), so the number alone is not enough.
 */
export function scanKey(qr: LeftQr): string {
  return `${compactInvoiceNumber(qr.invoice)}@${qr.date}`;
}

/** The last time the camera saw an invoice: `at` in milliseconds of any steady clock. */
export type Sighting = { key: string; at: number };

/**
 * The camera sees the invoice it just read several times a second while it is held there;
 * only after it has been out of sight this long does showing it again count as a repeat.
 */
export const STILL_IN_VIEW_MS = 2_000;

/**
 * What a read means for the list: a new invoice, one already on it shown again (say so), or
 * the same one still in front of the camera (say nothing).
 */
export function classifyRead(list: readonly LeftQr[], qr: LeftQr, last: Sighting | null, at: number): 'new' | 'repeat' | 'still' {
  const key = scanKey(qr);
  if (last && last.key === key && at - last.at < STILL_IN_VIEW_MS) return 'still';
  return list.some((seen) => scanKey(seen) === key) ? 'repeat' : 'new';
}

/** The list with `qr` added at the end, unless it is on it already. */
export function addScan(list: readonly LeftQr[], qr: LeftQr): readonly LeftQr[] {
  const key = scanKey(qr);
  return list.some((seen) => scanKey(seen) === key) ? list : [...list, qr];
}

/**
 * How an invoice counts in the totals. Anything but a completed check (not drawn yet, no
 * numbers here, or an outcome this list does not know) is "unavailable": neither a winner
 * nor a loser, so a missing draw never reads as "no prize".
 */
export type ScanOutcome =
  | {
      kind: 'won';
      prize: PrizeKey;
      amount: number;
      net: number;
      /** Certain to be claimable: no reason against it and no buyer BAN. */
      claimable: boolean;
      unclaimable: UnclaimableReason[];
      /**
       * The invoice names a buyer's business ID. It cannot be claimed if that buyer is a
       * business, an agency, a state enterprise, a public school or a military unit (給獎辦法
       * 第11條, data/domain addenda §E); the BAN alone does not say which, so it depends.
       */
      buyerBan: boolean;
    }
  | { kind: 'lost' }
  /** No prize on the tiers this period has, but some tiers' numbers are unknown. */
  | { kind: 'incomplete'; unchecked: PrizeKey[] }
  | { kind: 'unavailable' };

/** Why a winning invoice certainly pays nothing: NT$0 (給獎辦法第11條) or the claim window has ended. */
export type UnclaimableReason = 'claim_ended' | 'zero_amount';

export function scanOutcome(qr: LeftQr, check: QrCheck): ScanOutcome {
  if (check.status !== 'checked') return { kind: 'unavailable' };
  const { item } = check;
  if (item.prize) {
    const unclaimable: UnclaimableReason[] = [];
    if (check.claimEnded) unclaimable.push('claim_ended');
    if (qr.totalAmount === 0) unclaimable.push('zero_amount');
    const buyerBan = qr.buyerBan !== null;
    // Paid on paper at a post office or shop: withholding and stamp duty (the check page's "net").
    const net = netPayout(item.amount).net;
    return { kind: 'won', prize: item.prize, amount: item.amount, net, claimable: unclaimable.length === 0 && !buyerBan, unclaimable, buyerBan };
  }
  return item.unchecked?.length ? { kind: 'incomplete', unchecked: item.unchecked } : { kind: 'lost' };
}

export type ScanEntry = { index: number; key: string; qr: LeftQr; check: QrCheck; outcome: ScanOutcome };

/**
 * Each invoice on the list checked in the period of its date. Checked afresh on every call
 * rather than stored, so new numbers or a new day apply to invoices already on the list.
 * @param today the date in Taiwan ('YYYY-MM-DD').
 */
export function scanEntries(list: readonly LeftQr[], periods: readonly CheckablePeriod[], today: string): ScanEntry[] {
  return list.map((qr, index) => {
    const check = checkLeftQr(qr, periods, today);
    return { index, key: scanKey(qr), qr, check, outcome: scanOutcome(qr, check) };
  });
}

export type ScanTotals = {
  invoices: number;
  winners: number;
  lost: number;
  incomplete: number;
  unavailable: number;
  /** Winners that pay nothing (claim ended, NT$0): counted as winners, not in the money. */
  unclaimable: number;
  /** Winners with a buyer BAN and no other reason against them: claimable only if the buyer is a person; not in the money. */
  dependsOnBuyer: number;
  /** Prizes and net payout of the winners that can be claimed. */
  amount: number;
  net: number;
};

export function scanTotals(entries: readonly ScanEntry[]): ScanTotals {
  const totals: ScanTotals = { invoices: entries.length, winners: 0, lost: 0, incomplete: 0, unavailable: 0, unclaimable: 0, dependsOnBuyer: 0, amount: 0, net: 0 };
  for (const { outcome } of entries) {
    if (outcome.kind === 'won') {
      totals.winners++;
      if (outcome.claimable) {
        totals.amount += outcome.amount;
        totals.net += outcome.net;
      } else if (outcome.unclaimable.length > 0) totals.unclaimable++;
      else totals.dependsOnBuyer++;
    } else totals[outcome.kind]++;
  }
  return totals;
}

export const SCAN_CSV_COLUMNS = [
  'no',
  'number',
  'date',
  'period',
  'result',
  'prize',
  'prize_name',
  'amount_ntd',
  'net_ntd',
  'claimable',
  'claim_to',
  'invoice_total_ntd',
  'seller_ban',
  'note',
] as const;

/**
 * The list in the order it was read, one row per invoice. Column names are stable, like the
 * bulk results' CSV; prize names and notes are in the page's language. `note` gives the
 * sentence the page shows for rows that are not a plain win or loss. UTF-8 BOM so Excel reads
 * the Chinese; csvLine guards against formulas and ends lines with CRLF.
 */
export function scanCsv(entries: readonly ScanEntry[], options: { locale: 'zh-Hant-TW' | 'en'; note: (entry: ScanEntry) => string | null }): string {
  const lines = [csvLine(SCAN_CSV_COLUMNS)];
  for (const entry of entries) {
    const { qr, check, outcome } = entry;
    const won = outcome.kind === 'won' ? outcome : null;
    lines.push(
      csvLine([
        entry.index + 1,
        compactInvoiceNumber(qr.invoice),
        qr.date,
        pageKey(check.period),
        outcome.kind,
        won?.prize ?? null,
        won ? prizeName(won.prize, options.locale) : null,
        won ? won.amount : outcome.kind === 'lost' ? 0 : null,
        won ? won.net : outcome.kind === 'lost' ? 0 : null,
        won ? (won.claimable ? 'yes' : won.unclaimable.length > 0 ? 'no' : 'depends_on_buyer') : null,
        check.status === 'checked' ? check.item.claim.to : null,
        qr.totalAmount,
        qr.sellerBan,
        options.note(entry),
      ]),
    );
  }
  return `\uFEFF${lines.join('')}`;
}

/**
 * The list as kept in sessionStorage: the fixed head of each QR code (number, date, random
 * code, amounts, BANs) without the encryption field or the items, so nothing is kept that the
 * list does not show.
 */
export function serialiseScans(list: readonly LeftQr[]): string {
  return JSON.stringify(list.map(qrHead));
}

/** The list back from serialiseScans; anything that does not read as an invoice is dropped. */
export function restoreScans(stored: string | null): readonly LeftQr[] {
  if (!stored) return [];
  let heads: unknown;
  try {
    heads = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(heads)) return [];
  let list: readonly LeftQr[] = [];
  for (const head of heads) {
    if (typeof head !== 'string' || head.length !== HEAD_WITHOUT_KEY) continue;
    // parseLeftQr wants the 24-character encryption field after the head but never reads it.
    const parsed = parseLeftQr(head + '0'.repeat(24));
    if (parsed.ok) list = addScan(list, parsed.value);
  }
  return list;
}

const HEAD_WITHOUT_KEY = 53;
const hex8 = (n: number) => n.toString(16).toUpperCase().padStart(8, '0');

/** The first 53 characters of the left QR code, rebuilt from what was read (see lib/lottery/qr.ts). */
function qrHead(qr: LeftQr): string {
  return `${compactInvoiceNumber(qr.invoice)}${rocCompact(qr.date)}${qr.randomCode}${hex8(qr.salesAmount ?? 0)}${hex8(qr.totalAmount)}${qr.buyerBan ?? '00000000'}${qr.sellerBan}`;
}
