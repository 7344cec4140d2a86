/**
 * Which origin the site's absolute links (canonical, og:url, og:image, hreflang, sitemap, the
 * API examples on /developers) are built for. Static pages take APP_URL at build time, so a
 * build made for one origin and served on another hands out dead share cards. `npm start`
 * therefore builds for the origin it serves, rebuilds when the build was made for another one,
 * and warns when APP_URL names an origin other than the one it serves. Pure: scripts/start.ts
 * and instrumentation.ts pass the environment and the build's files.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The origin `npm start` serves: next start listens on PORT, reached as localhost. */
export function servedOrigin(port: string | number | undefined): string {
  return `http://localhost:${port || 3000}`;
}

export type StartOrigin = {
  /** The APP_URL the build and the server get. */
  appUrl: string;
  /** Where `npm start` answers. */
  served: string;
  /** What to tell the person starting it, if anything. */
  warning: string | null;
  notice: string | null;
};

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * The origin `npm start` builds and runs for. Without APP_URL (and off Vercel): the one it serves.
 * With an APP_URL on this machine (localhost, 127.0.0.1, ::1) that differs from the served one, a
 * warning: every absolute link would point to a server that is not this one. With an APP_URL on
 * another host (a proxy in front, a domain), a notice naming both, since only the operator knows.
 */
export function resolveStartOrigin(source: { APP_URL?: string; PORT?: string; VERCEL_PROJECT_PRODUCTION_URL?: string }): StartOrigin {
  const served = servedOrigin(source.PORT);
  const configured = source.APP_URL?.trim() || (source.VERCEL_PROJECT_PRODUCTION_URL ? `https://${source.VERCEL_PROJECT_PRODUCTION_URL}` : '');
  if (!configured) return { appUrl: served, served, warning: null, notice: null };
  const origin = originOf(configured);
  if (!origin) return { appUrl: configured, served, warning: null, notice: null }; // lib/env.ts refuses it, naming APP_URL
  if (origin === served) return { appUrl: configured, served, warning: null, notice: null };
  const host = new URL(origin).hostname;
  if (LOOPBACK.has(host) || LOOPBACK.has(`[${host}]`)) {
    const servedHere = new URL(origin).port === new URL(served).port && new URL(origin).protocol === 'http:';
    if (servedHere) return { appUrl: configured, served, warning: null, notice: null }; // 127.0.0.1 vs localhost: the same server
    return {
      appUrl: configured,
      served,
      warning: `APP_URL is ${origin}, but the portal is served at ${served}: canonical links, share cards and the API examples will point to ${origin}. Unset APP_URL, or set it to ${served}.`,
      notice: null,
    };
  }
  return { appUrl: configured, served, warning: null, notice: `pages link to ${origin} (APP_URL); this server listens at ${served}.` };
}

/** The origin a build was made for, read from its prerendered robots.txt (its Sitemap line). */
export function originFromRobots(robots: string): string | null {
  const line = /^Sitemap:\s*(\S+)\s*$/im.exec(robots);
  return line ? originOf(line[1]!) : null;
}

/** Whether a build made for `built` serves `appUrl` correctly (null: unknown, treat as stale). */
export function buildMatchesOrigin(built: string | null, appUrl: string): boolean {
  return built !== null && built === originOf(appUrl);
}
