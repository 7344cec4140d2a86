/** Runs once when the server starts: fail fast on a bad environment, before taking traffic. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { assertRuntimeEnv, env } = await import('./lib/env');
    assertRuntimeEnv(env());
    const { resolveDbConfig } = await import('./lib/db/config');
    const e = env();
    resolveDbConfig(e.DATABASE_URL, e.PGLITE_DIR, process.env.DATABASE_DRIVER);
  }
}
