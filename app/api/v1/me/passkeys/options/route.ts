// POST /api/v1/me/passkeys/options – WebAuthn creation options for adding a passkey (citizen).
import { routeHandler } from '@/lib/api/route-handler';
import { methodNotAllowed } from '@/lib/api/methods';
import { challengeCookie, sealChallenge } from '@/lib/citizens/passkey-challenge';
import { registrationOptions } from '@/lib/citizens/passkeys';
import { relyingParty } from '@/lib/citizens/relying-party';
import { authSecret } from '@/lib/env';
import { documentedJson } from '@/lib/api/documented-json';
import { passkeyCreationOptionsSchema } from '@/lib/citizens/response-schemas';

export const runtime = 'nodejs';
// Personal: answered per request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export const POST = routeHandler({ auth: 'citizen' }, async ({ request, principal }) => {
  const options = await registrationOptions({ id: principal.id, barcode: principal.name }, relyingParty(request.url, request.headers));
  const sealed = sealChallenge(authSecret(), { challenge: options.challenge, purpose: 'register', userId: principal.id });
  return documentedJson(passkeyCreationOptionsSchema, options, { headers: { 'Set-Cookie': challengeCookie(sealed, new URL(request.url).protocol === 'https:') } });
});

const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
