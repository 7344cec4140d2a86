/**
 * The shapes a browser sends back from WebAuthn (@simplewebauthn/browser), checked before the
 * library verifies their content. Extra fields pass (authenticators add extensions).
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';

const b64url = z.string().max(8000).regex(/^[A-Za-z0-9_-]*$/);

const registrationResponse = z.looseObject({
  id: b64url,
  rawId: b64url,
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: b64url, attestationObject: b64url }),
  clientExtensionResults: z.looseObject({}),
});

const authenticationResponse = z.looseObject({
  id: b64url,
  rawId: b64url,
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: b64url, authenticatorData: b64url, signature: b64url }),
  clientExtensionResults: z.looseObject({}),
});

export const addPasskeySchema = z.object({
  name: z.string({ message: 'passkeyNameRequired' }).trim().min(1, { message: 'passkeyNameRequired' }).max(60, { message: 'passkeyNameRequired' }),
  response: registrationResponse.transform((r) => r as unknown as RegistrationResponseJSON),
});

/** The sign-in form posts the assertion as a JSON string. */
export function parseAuthenticationResponse(value: unknown): AuthenticationResponseJSON | null {
  if (typeof value !== 'string' || value.length > 20_000) return null;
  try {
    const parsed = authenticationResponse.safeParse(JSON.parse(value));
    return parsed.success ? (parsed.data as unknown as AuthenticationResponseJSON) : null;
  } catch {
    return null;
  }
}

export const removePasskeySchema = z.object({ id: b64url.min(1) });
