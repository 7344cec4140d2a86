// Reads the .cpuprofile files of two servers (the portal and its minimal twin) and reports CPU
// per request by layer, from the sampled self times: what the portal spends beyond the framework.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdTable } from './report.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
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

/** Self time per layer in µs, from the busiest profile in `dir` (the server, not the CLI). */
function layers(dir: string): Map<string, number> {
  let busiest: CpuProfile | undefined;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    if (!busiest || p.samples.length > busiest.samples.length) busiest = p;
  }
  if (!busiest) throw new Error(`no .cpuprofile in ${dir}`);
  const byId = new Map(busiest.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  busiest.samples.forEach((id, i) => {
    const name = layer(byId.get(id)!);
    if (name !== 'idle') out.set(name, (out.get(name) ?? 0) + (busiest.timeDeltas[i] ?? 0));
  });
  return out;
}

export function analyseProfiles(title: string, portal: { dir: string; requests: number }, minimal: { dir: string; requests: number }): string {
  const a = layers(portal.dir);
  const b = layers(minimal.dir);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => (a.get(y) ?? 0) / portal.requests - (a.get(x) ?? 0) / portal.requests);
  const per = (m: Map<string, number>, n: string, reqs: number) => (m.get(n) ?? 0) / reqs;
  const rows = names.map((n) => {
    const pa = per(a, n, portal.requests);
    const pb = per(b, n, minimal.requests);
    return [n, pa.toFixed(0), pb.toFixed(0), (pa - pb).toFixed(0)];
  });
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, t) => s + t, 0);
  rows.push(['**total CPU per request**', (total(a) / portal.requests).toFixed(0), (total(b) / minimal.requests).toFixed(0), (total(a) / portal.requests - total(b) / minimal.requests).toFixed(0)]);
  return `\n#### ${title}\n\n${mdTable(['Layer', 'Portal µs/request', 'Minimal Next µs/request', 'Difference'], rows)}\n`;
}
