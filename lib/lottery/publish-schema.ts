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

/** Cloud-invoice prizes are drawn on full invoice numbers (2 letters + 8 digits), README §1. */
export const CLOUD_PRIZE_KEYS = ['cloud1000000', 'cloud2000', 'cloud800', 'cloud500'] as const;
export type CloudPrizeLists = Partial<Record<(typeof CLOUD_PRIZE_KEYS)[number], string[]>>;
/** What one publication may carry: the real lists run to millions and come as files, not a form. */
export const MAX_CLOUD_NUMBERS = 1_000;
/** A cloud-list file's text, at most (cloud-list-file.ts checks its bytes: 64 kB). */
export const MAX_CLOUD_FILE_CHARS = 64_000;

const invoiceNumber = z
  .string()
  .transform((v) => v.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}\d{8}$/, 'cloudNumber'));

const cloudCount = (lists: CloudPrizeLists) => Object.values(lists).reduce((n, l) => n + (l?.length ?? 0), 0);
const cloudDistinct = (lists: CloudPrizeLists) => {
  const all = Object.values(lists).flatMap((l) => l ?? []);
  return new Set(all).size === all.length;
};

const cloudLists = z
  .object(Object.fromEntries(CLOUD_PRIZE_KEYS.map((k) => [k, z.array(invoiceNumber).optional()])) as Record<(typeof CLOUD_PRIZE_KEYS)[number], z.ZodOptional<z.ZodArray<typeof invoiceNumber>>>)
  .strict()
  .refine((v) => cloudCount(v) <= MAX_CLOUD_NUMBERS, 'cloudCount')
  .refine(cloudDistinct, 'cloudDistinct');

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
    /** The period's cloud-invoice prize lists; when given, they replace the period's lists. */
    cloud: cloudLists.optional(),
    /**
     * Or the same as a file's text: one invoice number and its prize amount a line (CSV or text,
     * lib/lottery/cloud-list-file.ts), read when the period is published; bad lines are refused
     * with their numbers.
     */
    cloudFile: z.string().max(MAX_CLOUD_FILE_CHARS, 'cloudFileTooLarge').optional(),
  })
  .refine((v) => distinctFirst(v.first), { path: ['first'], message: 'firstDistinct' })
  .refine((v) => !(v.cloud && v.cloudFile), { path: ['cloudFile'], message: 'cloudBoth' });

export type PublishPeriodInput = z.infer<typeof publishPeriodSchema>;

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/[\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A form's list of invoice numbers: separated by spaces, commas or new lines. */
const cloudField = z
  .string()
  .optional()
  .transform((v) => (v ?? '').normalize('NFKC').split(/[\s,、，]+/).filter(Boolean).map((n) => n.replace(/-/g, '').toUpperCase()))
  .pipe(z.array(z.string()).refine((all) => all.every((n) => /^[A-Z]{2}\d{8}$/.test(n)), 'cloudNumber'));

function cloudOf(v: Partial<Record<(typeof CLOUD_PRIZE_KEYS)[number], string[]>>): CloudPrizeLists {
  return Object.fromEntries(CLOUD_PRIZE_KEYS.filter((k) => (v[k]?.length ?? 0) > 0).map((k) => [k, v[k]!]));
}

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
    ...Object.fromEntries(CLOUD_PRIZE_KEYS.map((k) => [k, cloudField])) as Record<(typeof CLOUD_PRIZE_KEYS)[number], typeof cloudField>,
    /** The uploaded file's text (the action reads the file; empty when none was chosen). */
    cloudFile: z.string().max(MAX_CLOUD_FILE_CHARS, 'cloudFileTooLarge').optional(),
  })
  .superRefine((v, ctx) => {
    const first = [v.first1, v.first2, v.first3];
    if (!distinctFirst(first)) ctx.addIssue({ code: 'custom', path: ['first3'], message: 'firstDistinct' });
    const lists = cloudOf(v);
    if (v.cloudFile && Object.keys(lists).length > 0) ctx.addIssue({ code: 'custom', path: ['cloudFile'], message: 'cloudBoth' });
    if (cloudCount(lists) > MAX_CLOUD_NUMBERS) ctx.addIssue({ code: 'custom', path: ['cloud500'], message: 'cloudCount' });
    else if (!cloudDistinct(lists)) ctx.addIssue({ code: 'custom', path: ['cloud500'], message: 'cloudDistinct' });
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
      ...(Object.keys(cloudOf(v)).length > 0 ? { cloud: cloudOf(v) } : {}),
      ...(v.cloudFile ? { cloudFile: v.cloudFile } : {}),
    }),
  );
