/** Where a request came from, for the audit log and rate limits. Pure (Headers in). */
export type RequestMeta = { ip: string | null; userAgent: string | null };

export function requestMetaFrom(headers: Headers): RequestMeta {
  // The first X-Forwarded-For entry is the client as seen by the first proxy (Vercel sets it).
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip')?.trim() || null;
  const userAgent = headers.get('user-agent')?.slice(0, 300) ?? null;
  return { ip: ip ? ip.slice(0, 64) : null, userAgent };
}
