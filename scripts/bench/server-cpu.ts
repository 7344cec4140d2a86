// CPU time a server process spends per request (issue 17). On this shared 2-core host a server's
// req/s depends on what else ran during its few seconds; the CPU it spent per answer barely does,
// so the app's CPU per request beside its twin's is the steadier measure of what our code adds.
// Linux only (/proc and `ss`); elsewhere the figures are simply not reported.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The process listening on 127.0.0.1:`port`, or null when it cannot be told. */
export function pidOnPort(port: number): number | null {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return parsePid(out);
  } catch {
    return null;
  }
}

/** The first `pid=N` of `ss -p` output. */
export function parsePid(ssOutput: string): number | null {
  const m = /pid=(\d+)/.exec(ssOutput);
  return m ? Number(m[1]) : null;
}

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on (`getconf CLK_TCK`)

/** User + system CPU seconds of the process so far (all its threads), or null. */
export function cpuSeconds(pid: number): number | null {
  try {
    return parseStatCpu(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** utime + stime (fields 14 and 15) of a /proc/<pid>/stat line, in seconds. */
export function parseStatCpu(stat: string): number | null {
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / TICKS_PER_SECOND : null;
}

/** Runs `work` (which returns how many requests it made) and gives the server's CPU µs per request. */
export async function cpuPerRequest<T>(url: string, work: () => Promise<T>, requests: (result: T) => number): Promise<{ result: T; cpuUs: number | null }> {
  const pid = pidOnPort(Number(new URL(url).port));
  const before = pid === null ? null : cpuSeconds(pid);
  const result = await work();
  const after = pid === null ? null : cpuSeconds(pid);
  const n = requests(result);
  const cpuUs = before === null || after === null || n <= 0 ? null : ((after - before) * 1e6) / n;
  return { result, cpuUs };
}

/** Twin ÷ app CPU per request, round by round (rounds where either could not be read are left out). */
export function cpuRatios(app: readonly { cpuUs: number | null }[], twin: readonly { cpuUs: number | null }[]): number[] {
  return app.flatMap((a, i) => {
    const t = twin[i]?.cpuUs;
    return a.cpuUs && t ? [t / a.cpuUs] : [];
  });
}
