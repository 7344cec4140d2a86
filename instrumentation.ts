/** Runs once when the server starts: fail fast on a bad environment, before taking traffic. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { assertRuntimeEnv, env } = await import('./lib/env');
    assertRuntimeEnv(env());
    const { resolveDbConfig } = await import('./lib/db/config');
    const e = env();
    resolveDbConfig(e.DATABASE_URL, e.PGLITE_DIR, process.env.DATABASE_DRIVER);
    // Vercel's platform header names the client; elsewhere this server records its socket's peer.
    if (e.VERCEL !== '1') (await import('./lib/http/socket-hop')).installSocketHop();
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      // Static pages link to the origin they were built for: say so when that is not APP_URL.
      (await import('./lib/seo/build-origin-check')).warnOnBuildOrigin(e.APP_URL);
      // The purge, payment reconciliation and due-date reminders, soon after start and hourly.
      const [{ scheduleJobs }, { SERVER_JOBS }] = await Promise.all([import('./lib/jobs/schedule'), import('./lib/jobs/server-jobs')]);
      scheduleJobs(SERVER_JOBS);
    }
  }
}
