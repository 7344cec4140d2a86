/**
 * The one clock for server and browser code. `now()` is the real time unless TAX_CLOUD_NOW
 * (an ISO date-time) is set in the environment: end-to-end tests use it to render the pages as
 * on a given day (e.g. the days after a draw whose numbers are not here yet). Pure and
 * edge-safe: it reads the variable defensively (lib/env.ts validates it at server start), and
 * in the browser, where there is no such variable, it is always the browser's own clock.
 */
export function now(): Date {
  const fixed = typeof process === 'undefined' ? undefined : process.env?.TAX_CLOUD_NOW;
  if (fixed) {
    const parsed = new Date(fixed);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return new Date();
}
