/**
 * The late-fee input as lateFeeInputSchema parses it, without zod, for the common body: a JSON
 * number for the amount, real ISO dates, known words for the tax; with the late-fee timeline the
 * schema's rule needs, so the calculation does not work it out a second time. Anything else is
 * left to the schema, which decides and words the errors (undefined). Zod was about a third of a
 * late-fee answer in the server (docs/benchmarks.md, issue 17); a property test holds this to the
 * schema (tests/unit/tax-late-fee-quick-input.test.ts).
 */
import { isIsoDateFormat, isRealDate, todayInTaipei, yearOf } from '../../taiwan';
import { TAX_TYPES, type TaxType } from '../late-fee-tax-types';
import { lateFeeTimeline, missingInterestYears, type LateFeeTimeline } from '../late-fee-timeline';
import { MAX_AMOUNT } from './common';
import { TAX_KINDS, type LateFeeParsedInput, type TaxKind } from './late-fee';

/** The schema's limit on closedDays. */
const MAX_CLOSED_DAYS = 60;

/** isoDate: the trimmed text of a real date from 2000 to 2100, or undefined. */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = value.trim();
  if (!isIsoDateFormat(date) || !isRealDate(date)) return undefined;
  const year = yearOf(date);
  return year >= 2000 && year <= 2100 ? date : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** What lateFeeInputSchema.parse(json) returns and its timeline, or undefined to let the schema decide. */
export function quickLateFeeInput(json: unknown, today: () => string = todayInTaipei): { input: LateFeeParsedInput; timeline: LateFeeTimeline } | undefined {
  if (!isPlainObject(json)) return undefined;
  const { taxType, taxKind, amount } = json;
  if (taxType !== undefined && !TAX_TYPES.includes(taxType as TaxType)) return undefined;
  if (taxKind !== undefined && !TAX_KINDS.includes(taxKind as TaxKind)) return undefined;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0 || amount > MAX_AMOUNT) return undefined;
  const deadline = isoDate(json.deadline);
  const paidOn = json.paidOn === undefined ? today() : isoDate(json.paidOn);
  if (deadline === undefined || paidOn === undefined) return undefined;
  let closedDays: string[] = [];
  if (json.closedDays !== undefined) {
    if (!Array.isArray(json.closedDays) || json.closedDays.length > MAX_CLOSED_DAYS) return undefined;
    closedDays = [];
    for (const day of json.closedDays) {
      const date = isoDate(day);
      if (date === undefined) return undefined;
      closedDays.push(date);
    }
  }
  const timeline = lateFeeTimeline(deadline, paidOn, closedDays);
  // The schema's rule: interest for a year without a rate is refused (customs has no such interest).
  const customs = taxType === 'customs' || (taxType === undefined && taxKind === 'customs-duty');
  if (!customs && missingInterestYears(timeline).length > 0) return undefined;
  // The schema's key order; absent optional fields stay absent, as zod leaves them.
  const input: LateFeeParsedInput = {
    ...(taxType === undefined ? {} : { taxType: taxType as TaxType }),
    ...(taxKind === undefined ? {} : { taxKind: taxKind as TaxKind }),
    amount,
    deadline,
    paidOn,
    closedDays,
  };
  return { input, timeline };
}
