/**
 * Is a state-changing request from this site's own pages? Browsers send `Origin` on every
 * POST (and `Sec-Fetch-Site` on every request they make), so a request from another site is
 * recognisable; a request with neither comes from a script or a command line, which cannot
 * ride a citizen's or an official's cookies and is left to the session check. Pure and edge-safe.
 */
export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/** `allowed`: the site's public origin (APP_URL) and the origin the request was served on. */
export function checkSameOrigin(headers: Headers, allowed: readonly string[]): OriginVerdict {
  const origin = headers.get('origin');
  if (origin !== null) {
    if (origin !== 'null' && allowed.includes(normaliseOrigin(origin))) return { ok: true };
    return { ok: false, reason: `Requests from ${origin === 'null' ? 'an opaque origin' : origin} are not accepted.` };
  }
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return { ok: false, reason: `Requests from a ${site} page are not accepted.` };
  return { ok: true };
}

/** scheme://host[:port] in lower case, default ports dropped; '' when not a URL. */
export function normaliseOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return '';
  }
}

/** The origins a request may come from: the configured public one and the one it was served on. */
export function allowedOrigins(appUrl: string, requestUrl: string, forwardedHost?: string | null, forwardedProto?: string | null): string[] {
  const served = new URL(requestUrl);
  const origins = new Set([normaliseOrigin(appUrl), served.origin]);
  // Behind a proxy the URL names the internal address; the browser saw the forwarded host.
  const host = forwardedHost?.split(',')[0]?.trim();
  if (host) origins.add(normaliseOrigin(`${forwardedProto?.split(',')[0]?.trim() || served.protocol.replace(':', '')}://${host}`));
  origins.delete('');
  return [...origins];
}
