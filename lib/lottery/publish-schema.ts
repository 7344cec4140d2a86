/**
 * What an official publishes, shared by the publishing form, its server action and
 * POST /api/v1/admin/lottery/periods. Messages are plain sentences (the form shows them next
 * to the fields; the API returns them per field).
 */
import { z } from 'zod';
import { parsePeriod } from './period';

const eightDigits = z
  .string()
  .transform((v) => v.normalize('NFKC').replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'Each winning number has exactly 8 digits.'));

export const publishPeriodSchema = z
  .object({
    period: z
      .string()
      .trim()
      .refine((v) => parsePeriod(v).ok, 'Give the period as ROC year and month, like 11509 or 11510.'),
    special: eightDigits,
    grand: eightDigits,
    first: z.array(eightDigits).length(3, 'There are exactly three first-prize numbers.'),
    additionalSixth: z
      .array(z.string().trim().regex(/^\d{3}$/, 'Additional sixth prizes have 3 digits.'))
      .max(6)
      .default([]),
    sources: z.array(z.string().trim().min(1).max(500)).max(10).default([]),
    note: z.string().trim().max(2000).optional(),
    /** Publishing a period that exists is refused unless this is set (and audited). */
    correction: z.boolean().default(false),
  })
  .refine((v) => new Set(v.first).size === 3, { path: ['first'], message: 'The three first-prize numbers must differ.' });

export type PublishPeriodInput = z.infer<typeof publishPeriodSchema>;
