/**
 * Citizen sign-in and account forms, shared by the forms, the server actions and Auth.js
 * `authorize`. Messages are message keys (Citizen.*), shown in the page's language.
 */
import { z } from 'zod';
import { isMobileBarcode, normalizeBarcode } from './barcode';
import { CODE_MAX, codeProblem } from './verification-code';
import { TOKEN_PATTERN } from './tokens';

const barcode = z
  .string({ message: 'barcodeInvalid' })
  .transform(normalizeBarcode)
  .refine(isMobileBarcode, { message: 'barcodeInvalid' });

/** Signing in checks only that something was typed: the rules are for choosing a code. */
const currentCode = z.string({ message: 'codeRequired' }).min(1, { message: 'codeRequired' }).max(200, { message: 'codeRequired' });

const newCode = z.string({ message: 'codeLength' }).superRefine((value, ctx) => {
  const problem = codeProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const email = z
  .string({ message: 'emailInvalid' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'emailInvalid' }).max(254, { message: 'emailInvalid' }));

const token = z.string({ message: 'linkInvalid' }).regex(TOKEN_PATTERN, { message: 'linkInvalid' });

/** A new code typed twice; the mismatch is reported on the second field. */
const codesMatch: [(v: { code: string; codeConfirm: string }) => boolean, { message: string; path: string[] }] = [
  (v) => v.code === v.codeConfirm,
  { message: 'codeMismatch', path: ['codeConfirm'] },
];
const codeConfirm = z.string({ message: 'codeMismatch' });

export const citizenSignInSchema = z.object({ barcode, code: currentCode });
export const registerSchema = z.object({ email, code: newCode, codeConfirm }).refine(...codesMatch);
export const confirmSchema = z.object({ token });
export const resetRequestSchema = z.object({ email });
export const resetSchema = z.object({ token, code: newCode, codeConfirm }).refine(...codesMatch);
export const changeCodeSchema = z
  .object({ currentCode, code: newCode, codeConfirm })
  .refine(...codesMatch)
  .refine((v) => v.code !== v.currentCode, { message: 'codeUnchanged', path: ['code'] });

export type CitizenSignInInput = z.infer<typeof citizenSignInSchema>;
export { CODE_MAX };
