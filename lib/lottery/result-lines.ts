/**
 * The sentences that explain a checked number: the prize, the net payout after tax, the stamp
 * duty caveat, tiers this period cannot check, and the claim window. Shared by the full-number
 * form (server action) and the QR checker (browser), so the wording and the tax rules live once.
 */
import { formatDate, numberFormat } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { CheckedItem } from './check-service';
import { netPayout, PRIZE_TAX_RULES } from './payout';
import { prizeName, type PrizeKey } from './prizes';

/** A translator for the "Check" messages (next-intl's, on the server or in the browser). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

export function checkResultLines(item: CheckedItem, { locale, t, periodLabel }: { locale: Locale; t: Translate; periodLabel: string }): { won: boolean; lines: string[] } {
  const nf = numberFormat(locale);
  // English prize names sit mid-sentence ("wins the first prize"), so lower-case there.
  const inSentence = (key: PrizeKey) => (locale === 'en' ? prizeName(key, locale).toLowerCase() : prizeName(key, locale));
  const lines: string[] = [];
  if (item.prize) {
    const payout = netPayout(item.amount);
    lines.push(t('won', { number: item.number, prize: inSentence(item.prize), amount: nf.format(item.amount) }));
    lines.push(t('net', { net: nf.format(payout.net), withholding: nf.format(payout.withholding), stamp: nf.format(payout.stampDuty) }));
    if (payout.stampDuty > 0) lines.push(t('netAccount', { net: nf.format(netPayout(item.amount, { paidToRegisteredAccount: true }).net) }));
    if (!PRIZE_TAX_RULES.stampDuty.roundingConfirmed && (item.amount * PRIZE_TAX_RULES.stampDuty.rate) % 1 !== 0) lines.push(t('stampRounding'));
  } else {
    lines.push(t('lost', { number: item.number, period: periodLabel }));
  }
  if (item.unchecked?.length) lines.push(t('uncheckedNote', { prizes: item.unchecked.map(inSentence).join('、') }));
  lines.push(t('claim', { from: formatDate(item.claim.from, locale), to: formatDate(item.claim.to, locale) }));
  return { won: Boolean(item.prize), lines };
}
