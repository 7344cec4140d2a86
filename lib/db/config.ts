/**
 * Which database, from `DATABASE_URL`. Pure: no driver is loaded here, so it is unit-tested.
 *
 * Error messages name the variable and the host, never the password: the URL itself is
 * never echoed.
 */
export type DbConfig =
  | { driver: 'pglite'; dataDir: string | null; label: string }
  | { driver: 'pg' | 'neon'; url: string; host: string; port: number; database: string; label: string };

export type DbDriverName = DbConfig['driver'];

export class DbConfigError extends Error {
  override name = 'DbConfigError';
}

/** Neon's hosted endpoints; anything else speaking postgres:// goes through `pg`. */
const NEON_HOST = /\.neon\.(tech|build)$/i;

export function resolveDbConfig(
  databaseUrl: string | undefined,
  pgliteDir = '.data/pglite',
  forceDriver?: string,
): DbConfig {
  if (!databaseUrl) {
    const memory = pgliteDir === 'memory://';
    return { driver: 'pglite', dataDir: memory ? null : pgliteDir, label: memory ? 'PGlite (memory)' : `PGlite (${pgliteDir})` };
  }
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new DbConfigError(
      'DATABASE_URL is not a valid URL. Expected postgres://USER:PASSWORD@HOST:5432/DATABASE, or leave it unset for the embedded database.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DbConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (it starts with ${url.protocol}//). Leave it unset for the embedded database.`,
    );
  }
  if (!url.hostname) throw new DbConfigError('DATABASE_URL has no host name.');
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new DbConfigError(`DATABASE_URL (host ${url.hostname}) names no database: add /DATABASE after the host.`);
  const port = url.port ? Number(url.port) : 5432;
  const neon = forceDriver ? forceDriver === 'neon' : NEON_HOST.test(url.hostname);
  if (forceDriver && forceDriver !== 'neon' && forceDriver !== 'pg') {
    throw new DbConfigError(`DATABASE_DRIVER must be "pg" or "neon" (got "${forceDriver}").`);
  }
  const driver = neon ? 'neon' : 'pg';
  return { driver, url: databaseUrl, host: url.hostname, port, database, label: `${driver} (${url.hostname}:${port}/${database})` };
}

/** A connection failure, reworded so it names the variable and the host and leaks no secret. */
export function describeConnectionError(error: unknown, config: DbConfig): string {
  const raw = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  if (config.driver === 'pglite') {
    return `The embedded database (${config.dataDir ?? 'memory'}) could not be opened: ${raw}`;
  }
  const reason = code ? `${code}: ${raw}` : raw;
  const safe = reason.replaceAll(config.url, '[DATABASE_URL]').replace(/\/\/[^\s/?#]*@/g, '//***@');
  return `Cannot reach the database at ${config.host}:${config.port} given by DATABASE_URL (${safe}).`;
}
