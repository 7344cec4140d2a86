/** E-mail link landing pages: can this link's token still be used? (Read only.) */
import 'server-only';
import type { CitizenTokenPurpose } from '@/lib/db/schema';
import { resolveDb } from '@/lib/db';
import { peekToken } from './store';
import { TOKEN_PATTERN } from './tokens';

const MESSAGE = { invalid: 'linkInvalid', used: 'linkUsed', expired: 'linkExpired' } as const;

/** The message key of the link's problem, or null when the form may be shown. */
export async function peekLinkToken(token: unknown, purpose: CitizenTokenPurpose): Promise<(typeof MESSAGE)[keyof typeof MESSAGE] | null> {
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return MESSAGE.invalid;
  const problem = await peekToken(await resolveDb(), token, purpose);
  return problem ? MESSAGE[problem] : null;
}
