// Reads the .cpuprofile files of two servers (the portal and its minimal twin) and reports CPU
// per request by layer, from the sampled self times: what the portal spends beyond the framework.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdTable } from './report.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sampled function lives, as a layer of the request path. */
function layer(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return 'V8 (program)';
  if (url.startsWith('node:')) return 'Node core (http, streams)';
  if (url.includes('/next/dist/compiled/')) return 'Next: bundled libraries';
  if (url.includes('/next/dist/')) return 'Next: server';
  if (url.includes('/node_modules/')) return `package: ${url.split('/node_modules/').pop()!.split('/')[0]}`;
  if (url.includes('/.next/server/')) return 'app bundle (our code and what it bundles: zod, Auth.js, Kysely…)';
  if (!url) return 'native and built-ins';
  return 'other';
}

/** The busiest profile in `dir` (the server, not the CLI). */
function busiestProfile(dir: string): CpuProfile {
  let busiest: CpuProfile | undefined;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    if (!busiest || p.samples.length > busiest.samples.length) busiest = p;
  }
  if (!busiest) throw new Error(`no .cpuprofile in ${dir}`);
  return busiest;
}

/**
 * Self time in µs per key, counting only the samples of the load: the `windowSeconds` before the
 * last busy sample (the server is stopped as soon as autocannon ends). Start-up (module
 * compilation, first renders) would otherwise be charged to the requests, and the portal has
 * more modules to compile than its twin.
 */
function selfTimes(dir: string, windowSeconds: number, key: (node: ProfileNode) => string): Map<string, number> {
  const p = busiestProfile(dir);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const at: number[] = [];
  let t = p.startTime;
  for (const d of p.timeDeltas) at.push((t += d));
  let last = p.samples.length - 1;
  while (last > 0 && byId.get(p.samples[last]!)!.callFrame.functionName === '(idle)') last -= 1;
  const from = (at[last] ?? 0) - windowSeconds * 1e6;
  const out = new Map<string, number>();
  p.samples.forEach((id, i) => {
    if (at[i]! < from || i > last) return;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    const name = key(node);
    out.set(name, (out.get(name) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  return out;
}

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*\/node_modules\//, '').replace(/^.*\/\.next\//, '.next/');
  return `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber ?? 0}` : ''}`;
}

export function analyseProfiles(
  title: string,
  portal: { dir: string; requests: number },
  minimal: { dir: string; requests: number },
  windowSeconds: number,
): string {
  const a = selfTimes(portal.dir, windowSeconds, layer);
  const b = selfTimes(minimal.dir, windowSeconds, layer);
  const per = (m: Map<string, number>, n: string, reqs: number) => (m.get(n) ?? 0) / reqs;
  const names = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => per(a, y, portal.requests) - per(a, x, portal.requests));
  const rows = names.map((n) => {
    const pa = per(a, n, portal.requests);
    const pb = per(b, n, minimal.requests);
    return [n, pa.toFixed(0), pb.toFixed(0), (pa - pb).toFixed(0)];
  });
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, t) => s + t, 0);
  rows.push(['**total CPU per request**', (total(a) / portal.requests).toFixed(0), (total(b) / minimal.requests).toFixed(0), (total(a) / portal.requests - total(b) / minimal.requests).toFixed(0)]);

  // The functions whose self time the portal adds most: where to look first.
  const fa = selfTimes(portal.dir, windowSeconds, functionKey);
  const fb = selfTimes(minimal.dir, windowSeconds, functionKey);
  const top = [...new Set([...fa.keys(), ...fb.keys()])]
    .map((n) => [n, per(fa, n, portal.requests), per(fb, n, minimal.requests)] as const)
    .sort((x, y) => y[1] - y[2] - (x[1] - x[2]))
    .slice(0, 15)
    .map(([n, pa, pb]) => [`\`${n}\``, pa.toFixed(0), pb.toFixed(0), (pa - pb).toFixed(0)]);
  return (
    `\n#### ${title}\n\nSelf CPU in the last ${windowSeconds} s of each profile (the load), per request.\n\n` +
    `${mdTable(['Layer', 'Portal µs/request', 'Minimal Next µs/request', 'Difference'], rows)}\n\n` +
    `The 15 functions the portal spends most on beyond its twin:\n\n${mdTable(['Function', 'Portal µs/request', 'Minimal µs/request', 'Difference'], top)}\n`
  );
}
