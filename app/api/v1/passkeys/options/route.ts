// POST /api/v1/passkeys/options – WebAuthn request options for signing in with a passkey (anyone).
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { challengeCookie, sealChallenge } from '@/lib/citizens/passkey-challenge';
import { authenticationOptions } from '@/lib/citizens/passkeys';
import { relyingParty } from '@/lib/citizens/relying-party';
import { authSecret } from '@/lib/env';
import { assertSameOrigin } from '@/lib/security/cross-site';
import { documentedJson } from '@/lib/api/documented-json';
import { passkeyRequestOptionsSchema } from '@/lib/citizens/response-schemas';

export const runtime = 'nodejs';
// Personal: answered per request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export const POST = routeHandler({ auth: 'public' }, async ({ request }) => {
  // Only this site's sign-in page asks for options (the challenge cookie is for its browser).
  assertSameOrigin(request);
  const options = await authenticationOptions(relyingParty(request.url, request.headers));
  const sealed = sealChallenge(authSecret(), { challenge: options.challenge, purpose: 'authenticate', userId: null });
  return documentedJson(passkeyRequestOptionsSchema, options, {
    headers: { 'Set-Cookie': challengeCookie(sealed, new URL(request.url).protocol === 'https:'), 'Cache-Control': 'private, no-store' },
  });
});

const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
