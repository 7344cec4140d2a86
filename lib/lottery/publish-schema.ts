/**
 * What an official publishes, shared by the publishing form, its server action and
 * POST /api/v1/admin/lottery/periods. Messages are codes in the "Publish" message namespace:
 * the form shows them in the page's language, the API in English (content/messages/en.json).
 */
import { z } from 'zod';
import { parsePeriod } from './period';

const eightDigits = z
  .string()
  .transform((v) => v.normalize('NFKC').replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'digits8'));

const periodKey = z
  .string()
  .trim()
  .refine((v) => parsePeriod(v).ok, 'periodFormat');

const sixthDigits = z.string().trim().regex(/^\d{3}$/, 'sixthDigits');

const distinctFirst = (first: readonly string[]) => new Set(first).size === first.length;

export const publishPeriodSchema = z
  .object({
    period: periodKey,
    special: eightDigits,
    grand: eightDigits,
    first: z.array(eightDigits).length(3, 'firstCount'),
    additionalSixth: z.array(sixthDigits).max(6, 'sixthCount').default([]),
    /** Where the numbers come from (the Ministry's announcement): at least one. */
    sources: z.array(z.string().trim().min(1, 'sourceRequired').max(500, 'sourceLength')).min(1, 'sourceRequired').max(10, 'sourceCount'),
    note: z.string().trim().max(2000, 'noteLength').optional(),
    /** Publishing a period that exists is refused unless this is set (and audited). */
    correction: z.boolean().default(false),
  })
  .refine((v) => distinctFirst(v.first), { path: ['first'], message: 'firstDistinct' });

export type PublishPeriodInput = z.infer<typeof publishPeriodSchema>;

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/[\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The same rules for the HTML form, whose fields are flat strings (first1–3; sixth prizes
 * separated by commas or spaces; one source per line; a checkbox). Errors keep the form's
 * field names (never an index like additionalSixth.0) so each shows next to its input.
 */
export const publishFormSchema = z
  .object({
    period: periodKey,
    special: eightDigits,
    grand: eightDigits,
    first1: eightDigits,
    first2: eightDigits,
    first3: eightDigits,
    additionalSixth: z
      .string()
      .optional()
      .transform((v) => (v ?? '').normalize('NFKC').split(/[\s,、，]+/).filter(Boolean))
      .pipe(
        z
          .array(z.string())
          .refine((all) => all.every((v) => /^\d{3}$/.test(v)), 'sixthDigits')
          .max(6, 'sixthCount'),
      ),
    sources: z
      .string()
      .optional()
      .transform(lines)
      .pipe(
        z
          .array(z.string())
          .min(1, 'sourceRequired')
          .max(10, 'sourceCount')
          .refine((all) => all.every((v) => v.length <= 500), 'sourceLength'),
      ),
    note: z.string().trim().max(2000, 'noteLength').optional(),
    correction: z
      .string()
      .optional()
      .transform((v) => v === 'on' || v === 'true'),
  })
  .superRefine((v, ctx) => {
    const first = [v.first1, v.first2, v.first3];
    if (!distinctFirst(first)) ctx.addIssue({ code: 'custom', path: ['first3'], message: 'firstDistinct' });
  })
  .transform(
    (v): PublishPeriodInput => ({
      period: v.period,
      special: v.special,
      grand: v.grand,
      first: [v.first1, v.first2, v.first3],
      additionalSixth: v.additionalSixth,
      sources: v.sources,
      note: v.note || undefined,
      correction: v.correction,
    }),
  );
