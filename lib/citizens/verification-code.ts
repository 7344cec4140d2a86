/**
 * The verification code (驗證碼) a citizen signs in with: 8–16 characters using at least three
 * of upper case, lower case, digits and symbols (data/domain/README.md §3). Pure.
 */
export const CODE_MIN = 8;
export const CODE_MAX = 16;

export type CodeProblem = 'codeLength' | 'codeClasses' | 'codeCharacters';

/** Printable ASCII without the space: what the platform's form accepts. */
const PRINTABLE = /^[\x21-\x7e]+$/;

export function characterClasses(code: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(code)).length;
}

/** The first rule a code breaks, or null when it is a valid new code. */
export function codeProblem(code: string): CodeProblem | null {
  if (code.length < CODE_MIN || code.length > CODE_MAX) return 'codeLength';
  if (!PRINTABLE.test(code)) return 'codeCharacters';
  if (characterClasses(code) < 3) return 'codeClasses';
  return null;
}
