/**
 * The ROC (Minguo) calendar: year 1 is 1912, so ROC year = Gregorian year − 1911. Tax bills,
 * QR codes and forms print ROC dates; the code computes on ISO dates and converts at the edges.
 */
export const ROC_OFFSET = 1911;

export function rocYearOf(gregorianYear: number): number {
  return gregorianYear - ROC_OFFSET;
}

export function gregorianYearOf(rocYear: number): number {
  return rocYear + ROC_OFFSET;
}

/** '2026-01-26' → '115/01/26', as printed on tax bills. */
export function rocDate(iso: string): string {
  return `${rocYearOf(Number(iso.slice(0, 4)))}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
}

/** '2026-01-26' → '115年1月26日', for Chinese sentences (the 民國 prefix is left to the caller). */
export function rocDateText(iso: string): string {
  return `${rocYearOf(Number(iso.slice(0, 4)))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** '1140624' (yyyMMdd, as in the e-invoice QR code) → '2025-06-24'; null when it is no real date. */
export function isoFromRocCompact(roc: string): string | null {
  if (!/^\d{7}$/.test(roc)) return null;
  const year = gregorianYearOf(Number(roc.slice(0, 3)));
  const month = Number(roc.slice(3, 5));
  const day = Number(roc.slice(5, 7));
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** '2025-06-24' → '1140624'. */
export function rocCompact(iso: string): string {
  return `${String(rocYearOf(Number(iso.slice(0, 4)))).padStart(3, '0')}${iso.slice(5, 7)}${iso.slice(8, 10)}`;
}
