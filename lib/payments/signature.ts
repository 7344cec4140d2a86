/**
 * Signed messages between the portal and the payment provider, as Stripe signs its webhooks:
 * HMAC-SHA256 with the shared secret over `${timestamp}.${rawBody}`, sent as
 * `X-Sandbox-Signature: t=<unix seconds>,v1=<hex>`. The timestamp is inside the signature, so an
 * old message cannot be given a fresh one: a copy delivered again more than five minutes later is
 * refused. Requests from the portal to the provider are signed the same way (the "body" of a GET
 * is its path). Pure Node crypto, no framework: the sandbox process uses it too.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-sandbox-signature';
/** How far a message's timestamp may be from our clock, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export function signPayload(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
}

export function signatureHeader(secret: string, payload: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${signPayload(secret, t, payload)}`;
}

/** `t=…,v1=…[,v1=…]` (several v1 while a secret is rotated); null when it is not that shape. */
export function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (rest.length > 0 || !key || value === undefined) return null;
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

export type SignatureVerdict =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'missing_signature' | 'bad_signature' | 'stale_timestamp'; detail: string };

export function verifySignature(
  secret: string,
  header: string | null,
  payload: string,
  at: Date = new Date(),
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): SignatureVerdict {
  if (!header) return { ok: false, reason: 'missing_signature', detail: 'no signature header' };
  const parsed = parseSignatureHeader(header);
  if (!parsed) return { ok: false, reason: 'bad_signature', detail: 'signature header is not t=…,v1=…' };
  const expected = Buffer.from(signPayload(secret, parsed.timestamp, payload), 'hex');
  // Compared in constant time, so the answer's timing says nothing about how close a guess was.
  const matches = parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
  if (!matches) return { ok: false, reason: 'bad_signature', detail: 'signature does not match' };
  // Checked after the signature: only a genuine message's age is worth reporting.
  const age = Math.floor(at.getTime() / 1000) - parsed.timestamp;
  if (Math.abs(age) > toleranceSeconds) return { ok: false, reason: 'stale_timestamp', detail: `timestamp ${age} s from now` };
  return { ok: true, timestamp: parsed.timestamp };
}
