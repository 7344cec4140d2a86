import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { MAX_CHECK_NUMBERS } from './check-service';
import { parsePeriod } from './period';

export const periodParam = z
  .string()
  .trim()
  .refine((v) => parsePeriod(v).ok, 'Give the period as ROC year and month: the page key (11409) or the API term (11410).');

/**
 * POST /api/v1/lottery/check. Over 10,000 numbers is a 413, refused before any element is parsed:
 * the public endpoint must not spend a quarter second of CPU on a million-item array first.
 */
export const checkRequestSchema = z.object({
  period: periodParam,
  numbers: z.preprocess(
    (value) => {
      if (Array.isArray(value) && value.length > MAX_CHECK_NUMBERS) {
        throw new ApiError('payload_too_large', `At most ${MAX_CHECK_NUMBERS} numbers per request; this one has ${value.length}. Split it into smaller batches.`);
      }
      return value;
    },
    z.array(z.union([z.string(), z.number()]).transform(String)).min(1, 'Send at least one number.'),
  ),
});

/**
 * checkRequestSchema's answer, without zod, for the common body: a period that parses and 1 to
 * 10,000 numbers that are all strings (zod's per-item union and transform cost more than
 * checking them). Anything else returns undefined and the schema decides, with its messages.
 */
export function quickCheckRequest(json: unknown): z.infer<typeof checkRequestSchema> | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { period, numbers } = json as { period?: unknown; numbers?: unknown };
  if (typeof period !== 'string' || !Array.isArray(numbers) || numbers.length === 0 || numbers.length > MAX_CHECK_NUMBERS) return undefined;
  for (let i = 0; i < numbers.length; i += 1) if (typeof numbers[i] !== 'string') return undefined;
  const trimmed = period.trim();
  if (!parsePeriod(trimmed).ok) return undefined;
  return { period: trimmed, numbers: numbers as string[] };
}
