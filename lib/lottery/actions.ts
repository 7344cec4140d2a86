'use server';

import { z } from 'zod';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { formatDate } from '@/lib/i18n/format';
import { getPeriod } from './catalog';
import { checkNumbers } from './check-service';
import { parseInvoiceNumber } from './invoice-number';
import { netPayout, PRIZE_TAX_RULES } from './payout';
import { pageKey, parsePeriod, periodLabel } from './period';
import { prizeName, type PrizeKey } from './prizes';

const schema = z.object({
  period: z.string().refine((v) => parsePeriod(v).ok, 'period_invalid'),
  number: z.string().superRefine((value, ctx) => {
    const parsed = parseInvoiceNumber(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `number_${parsed.error.code}` });
  }),
});

/** The checker's full-number form; works without JavaScript (a plain form post). */
export const checkNumberAction = validatedAction({ schema, namespace: 'Check', keep: ['period', 'number'] }, async (input, { locale, t }): Promise<ActionState> => {
  const parsedPeriod = parsePeriod(input.period);
  const record = parsedPeriod.ok ? await getPeriod(pageKey(parsedPeriod.period)) : null;
  if (!record) return { errors: { period: [t('period_invalid')] } };
  const [item] = checkNumbers(record, [input.number]);
  if (!item || 'error' in item) return { errors: { number: [t('number_length')] } };
  const nf = new Intl.NumberFormat(locale === 'en' ? 'en-TW' : 'zh-Hant-TW');
  const label = periodLabel(record.period, locale);
  // English names sit mid-sentence ("wins the first prize"), so lower-case there.
  const inSentence = (key: PrizeKey) => (locale === 'en' ? prizeName(key, locale).toLowerCase() : prizeName(key, locale));
  const lines: string[] = [];
  if (item.prize) {
    const payout = netPayout(item.amount);
    const prize = inSentence(item.prize);
    lines.push(t('won', { number: item.number, prize, amount: nf.format(item.amount) }));
    lines.push(t('net', { net: nf.format(payout.net), withholding: nf.format(payout.withholding), stamp: nf.format(payout.stampDuty) }));
    if (payout.stampDuty > 0) lines.push(t('netAccount', { net: nf.format(netPayout(item.amount, { paidToRegisteredAccount: true }).net) }));
    if (!PRIZE_TAX_RULES.stampDuty.roundingConfirmed && (item.amount * PRIZE_TAX_RULES.stampDuty.rate) % 1 !== 0) lines.push(t('stampRounding'));
  } else {
    lines.push(t('lost', { number: item.number, period: label }));
  }
  if (item.unchecked?.length) {
    const prizes = item.unchecked.map(inSentence).join('、');
    lines.push(t('uncheckedNote', { prizes }));
  }
  lines.push(t('claim', { from: formatDate(item.claim.from, locale), to: formatDate(item.claim.to, locale) }));
  return { ok: true, data: { won: Boolean(item.prize), lines, period: label } };
});
