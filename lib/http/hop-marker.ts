/**
 * The marker lib/http/socket-hop.ts puts on every request it has seen (pure: no Node imports,
 * so request-meta can check it wherever it runs).
 */
export const HOP_MARKER_HEADER = 'x-tax-cloud-hop';
export const HOP_MARKER_KEY = Symbol.for('tax-cloud.socket-hop-marker');

/** True when this process's socket hop appended the last `X-Forwarded-For` entry of these headers. */
export function hopMarkerMatches(headers: Headers): boolean {
  const marker = (globalThis as Record<symbol, unknown>)[HOP_MARKER_KEY];
  return typeof marker === 'string' && headers.get(HOP_MARKER_HEADER) === marker;
}
