'use server';

import { z } from 'zod';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { getPeriod } from './catalog';
import { checkNumbers } from './check-service';
import { parseInvoiceNumber } from './invoice-number';
import { pageKey, parsePeriod, periodLabel } from './period';
import { checkResultLines } from './result-lines';

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
  const label = periodLabel(record.period, locale);
  return { ok: true, data: { ...checkResultLines(item, { locale, t, periodLabel: label }), period: label } };
});
