/**
 * The prize bank account (cloud-invoice prizes are paid into it automatically; README §1 and
 * addenda §C). Pure.
 *
 * Facts: a Taiwanese bank code is 3 digits. The domain notes give no account-number length;
 * banks use different lengths, so we accept 6–16 digits. Once stored, a number is only ever
 * shown masked: its last 4 digits.
 */
export const BANK_CODE = /^\d{3}$/;
export const ACCOUNT_NUMBER = /^\d{6,16}$/;

/** Full-width digits, spaces and hyphens as people copy them from a passbook → digits. */
export function normaliseDigits(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-‐‑‒–—―]/g, '');
}

/** 0012345678901 → •••••••••8901 (at most 12 dots, so a long number does not overflow a phone). */
export function maskAccountNumber(accountNumber: string): string {
  const last = accountNumber.slice(-4);
  return `${'•'.repeat(Math.min(Math.max(accountNumber.length - 4, 0), 12))}${last}`;
}
