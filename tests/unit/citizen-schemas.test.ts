import { describe, expect, it } from 'vitest';
import { changeCodeSchema, citizenSignInSchema, registerSchema, resetSchema } from '@/lib/citizens/schemas';
import { composeMail } from '@/lib/citizens/mail-text';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('citizen forms', () => {
  it('sign-in normalizes the barcode and only asks that a code was typed', () => {
    expect(citizenSignInSchema.parse({ barcode: '/taxc001', code: 'x' })).toEqual({ barcode: '/TAXC001', code: 'x' });
    expect(messages(citizenSignInSchema.safeParse({ barcode: 'TAXC001', code: '' }))).toEqual({ barcode: 'barcodeInvalid', code: 'codeRequired' });
    expect(messages(citizenSignInSchema.safeParse({}))).toEqual({ barcode: 'barcodeInvalid', code: 'codeRequired' });
  });

  it('registration checks the address, the code rules and that both codes match', () => {
    expect(registerSchema.safeParse({ email: ' A@Example.com ', code: 'Abcdef1!', codeConfirm: 'Abcdef1!' }).data?.email).toBe('a@example.com');
    expect(messages(registerSchema.safeParse({ email: 'nope', code: 'short', codeConfirm: 'short' }))).toMatchObject({ email: 'emailInvalid', code: 'codeLength' });
    expect(messages(registerSchema.safeParse({ email: 'a@example.com', code: 'abcdefgh', codeConfirm: 'abcdefgh' }))).toEqual({ code: 'codeClasses' });
    expect(messages(registerSchema.safeParse({ email: 'a@example.com', code: 'Abcdef1!', codeConfirm: 'Abcdef1?' }))).toEqual({ codeConfirm: 'codeMismatch' });
  });

  it('a reset needs a well-formed token; a change needs a new code that differs', () => {
    expect(messages(resetSchema.safeParse({ token: 'x', code: 'Abcdef1!', codeConfirm: 'Abcdef1!' }))).toEqual({ token: 'linkInvalid' });
    expect(messages(changeCodeSchema.safeParse({ currentCode: 'Abcdef1!', code: 'Abcdef1!', codeConfirm: 'Abcdef1!' }))).toEqual({ code: 'codeUnchanged' });
  });

  it('every message key exists in both languages', () => {
    const keys = ['barcodeInvalid', 'codeRequired', 'emailInvalid', 'codeLength', 'codeClasses', 'codeCharacters', 'codeMismatch', 'codeUnchanged', 'linkInvalid'];
    for (const key of keys) {
      expect(zh.Citizen, key).toHaveProperty(key);
      expect(en.Citizen, key).toHaveProperty(key);
    }
    expect(Object.keys(zh.Citizen).sort()).toEqual(Object.keys(en.Citizen).sort());
    expect(Object.keys(zh.Mail).sort()).toEqual(Object.keys(en.Mail).sort());
  });
});

describe('citizen e-mails', () => {
  it('are in the page language with every value filled in', () => {
    const zhMail = composeMail('confirm', 'zh-Hant-TW', 'a@example.com', { barcode: '/ABC1234', link: 'https://x/register/confirm?token=t', hours: 24 });
    expect(zhMail).toMatchObject({ to: 'a@example.com', subject: '稅務雲：請確認您的電子郵件' });
    expect(zhMail.text).toContain('/ABC1234');
    expect(zhMail.text).toContain('https://x/register/confirm?token=t');
    expect(zhMail.text).not.toMatch(/\{\w+\}/);
    const enMail = composeMail('reset', 'en', 'a@example.com', { barcode: '/ABC1234', link: 'https://x/en/sign-in/reset/new?token=t', minutes: 60 });
    expect(enMail.subject).toBe('Tax Cloud: reset your verification code');
    expect(enMail.text).toContain('60 minutes');
    expect(enMail.text).not.toMatch(/\{\w+\}/);
  });
});
