/**
 * A fresh CSP nonce for pages rendered per request (staff pages and sign-in). Next.js reads the
 * policy from the request header the proxy sets and puts the nonce on its own scripts.
 */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
