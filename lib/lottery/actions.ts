'use server';

import { z } from 'zod';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { now } from '@/lib/clock';
import { formatDate } from '@/lib/i18n/format';
import { getLotteryNow, getPeriod } from './catalog';
import { checkNumbersIn } from './check-service';
import { parseInvoiceNumber } from './invoice-number';
import { drawDate, pageKey, parsePeriod, periodLabel, type Period } from './period';
import { checkResultLines } from './result-lines';

/** The form's period: one period (page key or API term), or 'open' for every open period. */
const schema = z.object({
  period: z.string().refine((v) => v === 'open' || parsePeriod(v).ok, 'period_invalid'),
  number: z.string().superRefine((value, ctx) => {
    const parsed = parseInvoiceNumber(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `number_${parsed.error.code}` });
  }),
});

/** One period's answer: its name, whether the number won there, and the sentences. */
export type CheckSection = { period: string; won: boolean; lines: string[] };

/**
 * The checker's full-number form; works without JavaScript (a plain form post). With 'open' it
 * answers for each period still open (two for a while after each draw), naming each; a period
 * without numbers here answers "not yet available", never "no prize".
 */
export const checkNumberAction = validatedAction({ auth: 'public', schema, namespace: 'Check', keep: ['period', 'number'] }, async (input, { locale, t }): Promise<ActionState> => {
  const lottery = await getLotteryNow();
  const parsed = parsePeriod(input.period);
  const fallback = lottery.latest ? [lottery.latest.period] : [];
  const targets: Period[] = parsed.ok ? [parsed.period] : lottery.claimable.length ? lottery.claimable : fallback;
  if (!targets.length) return { errors: { period: [t('period_invalid')] } };
  const at = now();
  const sections: CheckSection[] = [];
  for (const period of targets) {
    const [item] = checkNumbersIn(period, await getPeriod(pageKey(period)), [input.number], at);
    const label = periodLabel(period, locale);
    if (!item || item.status === 'error') return { errors: { number: [t('number_length')] } };
    if (item.status === 'unavailable') {
      sections.push({ period: label, won: false, lines: [t(`unavailable_${item.reason}`, { period: label, date: formatDate(drawDate(period), locale) })] });
    } else {
      sections.push({ period: label, ...checkResultLines(item, { locale, t, periodLabel: label }) });
    }
  }
  return { ok: true, data: { sections } };
});
