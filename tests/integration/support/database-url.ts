/** `url` (postgres://…/db) naming another database on the same server, as the same user. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** The schema the template database (global-setup.ts) holds the app's tables in. */
export const TEST_SCHEMA = 'tax_cloud';
