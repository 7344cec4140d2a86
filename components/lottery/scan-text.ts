/**
 * The sentences for one invoice on the scan list, shared by the spoken announcement, the list
 * and the CSV's note column, so an invoice reads the same in all three.
 */
import { formatDate, numberFormat } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { periodLabel } from '@/lib/lottery/period';
import { prizeName } from '@/lib/lottery/prizes';
import type { ScanEntry } from '@/lib/lottery/scan-session';

/** A translator for the "Check" messages. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "頭獎 200,000 元，實領 159,200 元", "沒有中獎", "115年09-10月 尚無開獎號碼…". */
export function scanResultText({ outcome, check }: ScanEntry, t: Translate, locale: Locale): string {
  const nf = numberFormat(locale);
  switch (outcome.kind) {
    case 'won': {
      const prize = prizeName(outcome.prize, locale);
      if (outcome.claimable) return t('qr.scan.won', { prize, amount: nf.format(outcome.amount), net: nf.format(outcome.net) });
      if (outcome.unclaimable.length === 0) return t('qr.scan.wonBuyerBan', { prize, amount: nf.format(outcome.amount), net: nf.format(outcome.net) });
      const reason = outcome.unclaimable.map((r) => t(`qr.scan.reason.${r}`)).join(locale === 'en' ? '; ' : '；');
      return t('qr.scan.wonUnclaimable', { prize, amount: nf.format(outcome.amount), reason });
    }
    case 'lost':
      return t('qr.scan.lost');
    case 'incomplete':
      return t('qr.scan.incomplete', { prizes: outcome.unchecked.map((key) => prizeName(key, locale)).join('、') });
    default: {
      const period = periodLabel(check.period, locale);
      return check.status === 'not_drawn' ? t('qr.scan.notDrawn', { period, date: formatDate(check.drawDate, locale) }) : t('qr.scan.unavailable', { period });
    }
  }
}

/** The CSV's note: the sentence for anything but a plain, claimable win or a loss. */
export function scanCsvNote(entry: ScanEntry, t: Translate, locale: Locale): string | null {
  const { outcome } = entry;
  if (outcome.kind === 'lost' || (outcome.kind === 'won' && outcome.claimable)) return null;
  return scanResultText(entry, t, locale);
}
