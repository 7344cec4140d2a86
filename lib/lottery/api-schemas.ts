import { z } from 'zod';
import { parsePeriod } from './period';

export const periodParam = z
  .string()
  .trim()
  .refine((v) => parsePeriod(v).ok, 'Give the period as ROC year and month: the page key (11409) or the API term (11410).');

/** POST /api/v1/lottery/check. The 10,000 limit is checked by the handler (413, not 400). */
export const checkRequestSchema = z.object({
  period: periodParam,
  numbers: z.array(z.union([z.string(), z.number()]).transform(String)).min(1, 'Send at least one number.'),
});
