// POST /api/v1/me/passkeys – add a passkey: the browser's WebAuthn answer to the options above.
import { ApiError } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { challengeFromCookieHeader, clearChallengeCookie, openChallenge } from '@/lib/citizens/passkey-challenge';
import { addPasskeySchema } from '@/lib/citizens/passkey-schemas';
import { addPasskey } from '@/lib/citizens/passkeys';
import { relyingParty } from '@/lib/citizens/relying-party';
import { authSecret } from '@/lib/env';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { documentedJson } from '@/lib/api/documented-json';
import { passkeyAddedSchema } from '@/lib/citizens/response-schemas';

export const runtime = 'nodejs';
// Personal: answered per request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export const POST = routeHandler({ auth: 'citizen', body: addPasskeySchema, maxBodyBytes: 30_000 }, async ({ request, body, principal }) => {
  const challenge = openChallenge(authSecret(), challengeFromCookieHeader(request.headers.get('cookie')), 'register', principal.id);
  if (!challenge) throw new ApiError('bad_request', 'The passkey request expired. Start again.');
  const outcome = await addPasskey(principal.id, body, challenge, relyingParty(request.url, request.headers), requestMetaFrom(request.headers));
  if (!outcome.ok) throw new ApiError('bad_request', 'The passkey could not be verified.');
  const secure = new URL(request.url).protocol === 'https:';
  return documentedJson(
    passkeyAddedSchema,
    { id: outcome.passkey.id, name: outcome.passkey.name, createdAt: outcome.passkey.createdAt.toISOString() },
    { status: 201, headers: { 'Set-Cookie': clearChallengeCookie(secure) } },
  );
});

const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
