/**
 * Where a request came from, for the audit log and rate limits. The address is canonical or
 * null (lib/http/client-address.ts); which header entry is believed depends on TRUSTED_PROXIES
 * and VERCEL (lib/env.ts), never on what the client wrote.
 */
import { addressTrust } from '@/lib/env';
import { clientAddress, type AddressTrust } from './client-address';
import { hopMarkerMatches } from './hop-marker';

export type RequestMeta = { ip: string | null; userAgent: string | null };

export function requestMetaFrom(headers: Headers, trust: AddressTrust = addressTrust()): RequestMeta {
  // Off Vercel the last X-Forwarded-For entry is the socket's peer only when lib/http/socket-hop.ts
  // put it there; without its marker the header is all client-written, so no address is better.
  const believable = trust.mode === 'vercel' || hopMarkerMatches(headers);
  const ip = believable ? clientAddress(headers, trust) : null;
  const userAgent = headers.get('user-agent')?.slice(0, 300) ?? null;
  return { ip, userAgent };
}
