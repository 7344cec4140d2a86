// The contract between the runner (index.ts) and each benchmark suite.

export interface MarkdownSection {
  /** Becomes a `###` heading in the run's section of docs/benchmarks.md. */
  title: string;
  /** Markdown body: usually a sentence on method plus a table. */
  body: string;
  /** Targets that failed; any entry makes `npm run bench` exit non-zero. */
  problems?: string[];
}

export interface SuiteContext {
  /**
   * Base URL of the app (no trailing slash). Lazy, so suites that do not need
   * the server (in-process or generator benchmarks) never pay for starting it.
   */
  baseUrl(): Promise<string>;
  /**
   * The portal as the JSON API suites measure it, in production's shape: served from a fresh
   * Postgres database when the local server answers, else the embedded one (scripts/bench/
   * bench-database.ts). `databaseUrl` is that Postgres database, for a twin's query on the same one.
   */
  apiServer(): Promise<{ baseUrl: string; databaseUrl?: string }>;
}

export interface Suite {
  /** Name used by BENCH_ONLY / BENCH_SKIP. */
  name: string;
  /** One line for the header of docs/benchmarks.md. */
  description: string;
  /** Cheap checks run before any server starts, to fail fast with a clear message. */
  preflight?(): Promise<void>;
  run(ctx: SuiteContext): Promise<MarkdownSection>;
}
