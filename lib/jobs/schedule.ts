/**
 * Work the server does by itself, with no scheduler set up: each job runs shortly after start,
 * then every hour. A failed run is logged (name and message only, never personal data) and tried
 * again at the next tick; it never stops the server. Every job is safe to run twice (each keeps
 * its own record of what it did), so an hourly tick is enough for daily work.
 */
export type ServerJob = {
  /** The log prefix, e.g. 'payments'. */
  name: string;
  /** Delay after start, so the first requests are not slowed (staggered per job). */
  firstRunMs: number;
  everyMs: number;
  /** Does the work; returns a line to log when it did something, or null. */
  run(): Promise<string | null>;
};

export async function runJob(job: ServerJob): Promise<void> {
  try {
    const line = await job.run();
    if (line) console.log(`[${job.name}] ${line}`);
  } catch (error) {
    console.warn(`[${job.name}] did not run:`, (error as Error)?.name, (error as Error)?.message);
  }
}

export function scheduleJobs(jobs: readonly ServerJob[]): void {
  for (const job of jobs) {
    setTimeout(() => void runJob(job), job.firstRunMs).unref();
    setInterval(() => void runJob(job), job.everyMs).unref();
  }
}
