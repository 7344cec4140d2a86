/**
 * Carrier input, shared by the link form, its server action and the API. Messages are codes in
 * the "Carriers" message namespace (the form shows them translated, the API in English).
 */
import { z } from 'zod';
import { isCarrierTypeCode, LINKABLE_TYPES, validateCarrierNumber, type CarrierTypeCode } from './types';

const LINKABLE = new Set<string>(LINKABLE_TYPES.map((t) => t.code));

export const linkCarrierSchema = z
  .object({
    typeCode: z.string().refine((v) => isCarrierTypeCode(v) && LINKABLE.has(v), 'typeInvalid'),
    number: z.string().max(100, 'numberFormat'),
  })
  .transform((value, ctx) => {
    const typeCode = value.typeCode as CarrierTypeCode;
    if (!LINKABLE.has(typeCode)) return z.NEVER;
    const checked = validateCarrierNumber(typeCode, value.number);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: checked.error === 'empty' ? 'numberRequired' : checked.error === 'checkDigit' ? 'numberCheckDigit' : `numberFormat.${typeCode}` });
      return z.NEVER;
    }
    return { typeCode, number: checked.number };
  });

export type LinkCarrierInput = z.infer<typeof linkCarrierSchema>;

export const unlinkCarrierSchema = z.object({
  carrierId: z.string().regex(/^\d{1,18}$/, 'carrierInvalid'),
});
