/**
 * The payment provider's origin, for the personal pages' CSP form-action (proxy.ts). Edge-safe and
 * read defensively: lib/env.ts validates PAYMENT_PROVIDER_URL at server start.
 */
export function providerFormOrigins(value: string | undefined = typeof process === 'undefined' ? undefined : process.env?.PAYMENT_PROVIDER_URL): string[] {
  if (!value) return [];
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? [url.origin] : [];
  } catch {
    return [];
  }
}
