/**
 * The `client` and `rateLimit` options of routeHandler (lib/api/route-handler.ts), loaded only by
 * routes that use them (they need the database). The caller is an app (X-App-Id and X-Api-Key
 * headers: the app ID and API key of /me/apps), else the signed-in account, else the address.
 * The policy's counter is one row per caller and window, moved by one upsert
 * (lib/rate-limit/store.ts); every answer carries RateLimit-* headers, a refusal is 429 with Retry-After.
 */
import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import { appCredentials } from '@/lib/developer-apps/store';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { rateLimitHeaders } from '@/lib/rate-limit/headers';
import type { PolicyName } from '@/lib/rate-limit/policies';
import { reserveAttempt } from '@/lib/rate-limit/store';
import { ApiError } from './errors';

export type ClientOption = 'app' | 'app-or-session';

export type ApiClient = { kind: 'app'; appId: string } | { kind: 'session'; id: string } | { kind: 'anonymous'; ip: string | null };

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export async function identifyClient(option: ClientOption | undefined, request: Request, principal: { id: string } | null): Promise<ApiClient> {
  const appId = request.headers.get('x-app-id');
  const key = request.headers.get('x-api-key');
  if (appId !== null || key !== null) {
    const app = await appCredentials(appId?.trim() ?? '');
    // Compared as hashes: equal lengths, and no timing from the key's characters.
    if (app.status !== 'active' || key === null || !timingSafeEqual(sha(app.apiKey), sha(key.trim()))) {
      throw new ApiError('unauthorized', 'The app ID or API key is not valid. Register an app at /me/apps.');
    }
    return { kind: 'app', appId: app.appId };
  }
  if (option === 'app') throw new ApiError('unauthorized', 'Send the X-App-Id and X-Api-Key headers of an app registered at /me/apps.');
  if (principal) return { kind: 'session', id: principal.id };
  return { kind: 'anonymous', ip: requestMetaFrom(request.headers).ip };
}

function limitKey(client: ApiClient): string {
  return client.kind === 'app' ? `app:${client.appId}` : client.kind === 'session' ? `user:${client.id}` : `ip:${client.ip ?? 'unknown'}`;
}

/** Counts the call; throws 429 over the limit; returns the headers every answer carries. */
export async function limitCall(policy: PolicyName, client: ApiClient): Promise<Record<string, string>> {
  const reservation = await reserveAttempt(await resolveDb(), policy, limitKey(client), now());
  const headers = rateLimitHeaders(policy, reservation);
  if (!reservation.allowed) {
    const seconds = Math.max(1, reservation.verdict.retryAfterSeconds);
    throw new ApiError('rate_limited', `Too many requests. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, undefined, headers);
  }
  return headers;
}

/**
 * Changes an answer's headers: in place when they can change (an answer built with `new Response`
 * or `Response.json`); on a copy only when they cannot (Response.redirect, a fetched answer), as a
 * Headers and a Response per call was a measurable share of a personal API call (issue 12).
 */
export function editHeaders(response: Response, edit: (headers: Headers) => void): Response {
  try {
    edit(response.headers);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    edit(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** The rate-limit headers on the handler's answer. */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  return editHeaders(response, (h) => {
    for (const [k, v] of Object.entries(headers)) h.set(k, v);
  });
}
