import { describe, expect, it } from 'vitest';
import { maskAccountNumber } from '@/lib/bank-account/rules';
import { bankAccountSchema } from '@/lib/bank-account/schemas';

describe('bank account', () => {
  it('shows only the last 4 digits', () => {
    expect(maskAccountNumber('0012345678901')).toBe('•••••••••8901');
    expect(maskAccountNumber('123456')).toBe('••3456');
    expect(maskAccountNumber('1234567890123456')).toBe('••••••••••••3456');
  });

  it('takes a 3-digit bank code and 6–16 digits, as people copy them from a passbook', () => {
    expect(bankAccountSchema.parse({ bankCode: '００７', accountNumber: '123-456 7890', verificationCode: 'x' })).toEqual({
      bankCode: '007',
      accountNumber: '1234567890',
      verificationCode: 'x',
    });
  });

  it('puts each problem on its field', () => {
    const r = bankAccountSchema.safeParse({ bankCode: '07', accountNumber: '12345', verificationCode: '' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['bankCode', 'bankCodeFormat'],
      ['accountNumber', 'accountNumberFormat'],
      ['verificationCode', 'verificationCodeRequired'],
    ]);
    const empty = bankAccountSchema.safeParse({ bankCode: '', accountNumber: '', verificationCode: 'x' });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['bankCodeRequired', 'accountNumberRequired']);
  });
});
