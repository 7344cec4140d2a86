/**
 * Who the WebAuthn relying party is for a request: the site's own origins (APP_URL and the one
 * the request was served on, as for cross-site checks, lib/security/origin.ts) and their host
 * names as RP IDs. The browser signs the origin it really is on, so accepting these is safe.
 */
import { env } from '@/lib/env';
import { allowedOrigins, normaliseOrigin } from '@/lib/security/origin';

export const RP_NAME = '稅務雲 Tax Cloud';

export type RelyingParty = { rpID: string; origins: string[]; rpIDs: string[] };

export function relyingParty(url: string, headers: Headers): RelyingParty {
  const origins = allowedOrigins(env().APP_URL, url, headers.get('x-forwarded-host'), headers.get('x-forwarded-proto'));
  const rpIDs = [...new Set(origins.map((o) => new URL(o).hostname))];
  // The page asking: its Origin header when it is one of ours, else the configured site.
  const asked = normaliseOrigin(headers.get('origin') ?? '');
  const rpID = new URL(origins.includes(asked) ? asked : origins[0]!).hostname;
  return { rpID, origins, rpIDs };
}
