import { describe, expect, it } from 'vitest';
import { signInSchema } from '@/lib/auth/schemas';

function messages(input: unknown): Record<string, string[]> {
  const result = signInSchema.safeParse(input);
  expect(result.success).toBe(false);
  const out: Record<string, string[]> = {};
  for (const issue of result.error!.issues) (out[issue.path.join('.')] ??= []).push(issue.message);
  return out;
}

describe('signInSchema', () => {
  it('trims and lower-cases the email and keeps the password as typed', () => {
    expect(signInSchema.parse({ email: '  Admin@Tax.Example.GOV.TW \n', password: ' Pa ss ' })).toEqual({
      email: 'admin@tax.example.gov.tw',
      password: ' Pa ss ',
    });
  });

  it.each(['', '   ', 'not-an-email', 'a@', '@b.tw', 'a b@c.tw', `${'a'.repeat(250)}@b.tw`])("rejects the email %j with 'emailInvalid'", (email) => {
    expect(messages({ email, password: 'x' }).email).toEqual(expect.arrayContaining(['emailInvalid']));
  });

  it('rejects a non-string email', () => {
    expect(messages({ email: 42, password: 'x' })).toHaveProperty('email');
  });

  it("rejects an empty password with 'passwordRequired'", () => {
    expect(messages({ email: 'a@b.tw', password: '' })).toEqual({ password: ['passwordRequired'] });
  });

  it('rejects a missing password and a password over 200 characters', () => {
    expect(messages({ email: 'a@b.tw' })).toHaveProperty('password');
    expect(messages({ email: 'a@b.tw', password: 'x'.repeat(201) })).toEqual({ password: ['passwordRequired'] });
    expect(signInSchema.safeParse({ email: 'a@b.tw', password: 'x'.repeat(200) }).success).toBe(true);
  });
});
