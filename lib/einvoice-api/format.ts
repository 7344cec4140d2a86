/**
 * Pure mapping between our data and the e-invoice app API's wire formats (README §4 and
 * data/domain/data/einvoice-api.json): zero-padded prize amounts, yyyyMMdd and yyy/MM dates,
 * the Java-style `invDate` object of carrier lists, invTerm periods. No I/O here.
 */
import { apiTerm, parsePeriod, type Period } from '@/lib/lottery/period';
import { rocCompact } from '@/lib/taiwan/roc';
import { PRIZE_TIERS } from '@/lib/lottery/prizes';
import type { PeriodRecord } from '@/lib/lottery/records';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Prize amounts are strings zero-padded to 7 digits ('0200000'); longer ones are left whole. */
export function paddedAmount(amount: number): string {
  return pad(amount, 7);
}

/** 'YYYY-MM-DD…' → 'yyyyMMdd'. */
export function compactDate(isoDate: string): string {
  return isoDate.slice(0, 10).replaceAll('-', '');
}

/** 'YYYY-MM-DD' → ROC 'yyyMMdd' (updateDate of the winning list). */
export function rocCompactDate(isoDate: string): string {
  return rocCompact(isoDate.slice(0, 10));
}

/** 'yyyy/MM/dd' (how clients send dates) → 'YYYY-MM-DD', or null when it is no real day. */
export function parseSlashDate(text: string | undefined): string | null {
  const m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(text?.trim() ?? '');
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * java.util.Date as Jackson serialises it, which the carrier lists carry: year since 1900, month
 * from 0, day of week from Sunday = 0, epoch milliseconds, and the offset of Taiwan (UTC+8) in
 * minutes the Java way (-480). `local` is Taiwan local time 'YYYY-MM-DDTHH:MM:SS'.
 */
export type JavaDate = { year: number; month: number; date: number; day: number; hours: number; minutes: number; seconds: number; time: number; timezoneOffset: number };

export function javaDate(local: string): JavaDate {
  const [datePart, timePart = '00:00:00'] = local.slice(0, 19).split('T');
  const [y, mo, d] = datePart!.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = timePart.split(':').map(Number) as [number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  return {
    year: y - 1900,
    month: mo - 1,
    date: d,
    day: new Date(Date.UTC(y, mo - 1, d)).getUTCDay(),
    hours: h,
    minutes: mi,
    seconds: s,
    time: utc - 8 * 3_600_000,
    timezoneOffset: -480,
  };
}

/** 'HH:mm:ss' of a local 'YYYY-MM-DDTHH:MM:SS'. */
export function timeOfDay(local: string): string {
  return local.slice(11, 19);
}

/**
 * invTerm of QryWinningList: ROC year + EVEN month ('11410'). An odd month names no list
 * ("無資料" on the Ministry's API), so it is told apart from a malformed term.
 */
export function parseInvTerm(text: string | undefined): { ok: true; period: Period } | { ok: false; reason: 'format' | 'odd_month' } {
  const value = text?.trim() ?? '';
  if (!/^\d{5}$/.test(value)) return { ok: false, reason: 'format' };
  const parsed = parsePeriod(value);
  if (!parsed.ok) return { ok: false, reason: 'format' };
  if (Number(value.slice(3)) % 2 === 1) return { ok: false, reason: 'odd_month' };
  return { ok: true, period: parsed.period };
}

/** The fields of a QryWinningList answer after v/code/msg, from the same record the JSON API serves. */
export function winningListFields(record: PeriodRecord, updated: string) {
  const n = record.numbers;
  const numbered = (prefix: string, values: readonly string[], count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i + 1}`, values[i] ?? '']));
  return {
    invoYm: apiTerm(record.period),
    updateDate: rocCompactDate(updated),
    superPrizeNo: n.special ?? '',
    spcPrizeNo: n.grand ?? '',
    spcPrizeNo2: '',
    spcPrizeNo3: '',
    ...numbered('firstPrizeNo', n.first, 10),
    ...numbered('sixthPrizeNo', n.additionalSixth, 6),
    superPrizeAmt: paddedAmount(PRIZE_TIERS.special.amount),
    spcPrizeAmt: paddedAmount(PRIZE_TIERS.grand.amount),
    firstPrizeAmt: paddedAmount(PRIZE_TIERS.first.amount),
    secondPrizeAmt: paddedAmount(PRIZE_TIERS.second.amount),
    thirdPrizeAmt: paddedAmount(PRIZE_TIERS.third.amount),
    fourthPrizeAmt: paddedAmount(PRIZE_TIERS.fourth.amount),
    fifthPrizeAmt: paddedAmount(PRIZE_TIERS.fifth.amount),
    sixthPrizeAmt: paddedAmount(PRIZE_TIERS.sixth.amount),
    timeStamp: javaDate(`${updated.slice(0, 10)}T00:00:00`),
  };
}

/** Back from a QryWinningList answer to the numbers (for the property test and for clients' sake). */
export function numbersOfWinningList(list: Record<string, unknown>) {
  const take = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => String(list[`${prefix}${i + 1}`] ?? '')).filter((v) => v !== '');
  return {
    special: (list.superPrizeNo as string) || null,
    grand: (list.spcPrizeNo as string) || null,
    first: take('firstPrizeNo', 10),
    additionalSixth: take('sixthPrizeNo', 6),
  };
}

/** Months a carrier query may reach back: 9 when the current month is odd, 8 when it is even (README §4). */
export function carrierWindowStart(todayIso: string): string {
  const [y, m] = todayIso.split('-').map(Number) as [number, number];
  const back = m % 2 === 1 ? 9 : 8;
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1, 2)}-01`;
}

/** Carrier type names for qryCarrierAgg (data/domain/data/einvoice-api.json cardTypes). */
export const CARRIER_TYPE_NAMES: Record<string, string> = {
  '3J0002': '手機條碼',
  CQ0001: '自然人憑證條碼',
  '1K0001': '悠遊卡',
  '1H0001': '一卡通',
  '2G0001': 'icash',
  EG0002: '會員卡',
  EK0002: '信用卡',
};
