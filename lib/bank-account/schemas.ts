/**
 * The prize bank account form. The verification code (the citizen's password) is asked again on
 * every change and never echoed back. Messages are codes in the "BankAccount" namespace.
 */
import { z } from 'zod';
import { ACCOUNT_NUMBER, BANK_CODE, normaliseDigits } from './rules';

export const bankAccountSchema = z.object({
  bankCode: z.string().max(10, 'bankCodeFormat').transform(normaliseDigits).pipe(z.string().min(1, { message: 'bankCodeRequired', abort: true }).regex(BANK_CODE, 'bankCodeFormat')),
  accountNumber: z
    .string()
    .max(40, 'accountNumberFormat')
    .transform(normaliseDigits)
    .pipe(z.string().min(1, { message: 'accountNumberRequired', abort: true }).regex(ACCOUNT_NUMBER, 'accountNumberFormat')),
  verificationCode: z.string().min(1, 'verificationCodeRequired').max(200, 'verificationCodeWrong'),
});

export type BankAccountInput = z.infer<typeof bankAccountSchema>;
