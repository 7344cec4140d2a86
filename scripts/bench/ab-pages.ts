/**
 * A/B of two running servers on the same paths, interleaved (ABBA…): the closed loop of
 * forum-scale.ts (10 concurrent fetches) for `seconds` per server and round, after 2 s of warm-up
 * each. For a setting that changes at `next start` (generateEtags, issue 14): start the same build
 * twice, one with the setting changed, and compare them in one slot.
 *
 *   npx tsx scripts/bench/ab-pages.ts http://127.0.0.1:3361 http://127.0.0.1:3360 8 4 /forum /forum/100000
 *   (FORUM_SCALE_IDENTITY=1: ask for uncompressed answers, as forum-scale.ts does)
 */
const [a = '', b = '', seconds = '8', rounds = '3', ...paths] = process.argv.slice(2);
const REQUEST: RequestInit = process.env.FORUM_SCALE_IDENTITY === '1' ? { headers: { 'accept-encoding': 'identity' } } : {};
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;

async function load(url: string, secs: number): Promise<{ n: number; p50: number; p95: number; errors: number }> {
  const lat: number[] = [];
  let errors = 0;
  const until = Date.now() + secs * 1000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (Date.now() < until) {
        const t = performance.now();
        try {
          const r = await fetch(url, REQUEST);
          await r.arrayBuffer();
          if (r.status !== 200) errors++;
        } catch {
          errors++;
        }
        lat.push(performance.now() - t);
      }
    }),
  );
  lat.sort((x, y) => x - y);
  return { n: lat.length, p50: pct(lat, 50), p95: pct(lat, 95), errors };
}

for (const p of paths) {
  await load(a + p, 2);
  await load(b + p, 2);
}
for (const p of paths) {
  for (let r = 0; r < Number(rounds); r++) {
    for (const [name, base] of r % 2 ? [['B', b], ['A', a]] : [['A', a], ['B', b]]) {
      const x = await load(base + p, Number(seconds));
      console.log(`${p}\t${name}\tround ${r + 1}\tp50 ${x.p50.toFixed(1)}\tp95 ${x.p95.toFixed(1)}\treq/s ${(x.n / Number(seconds)).toFixed(0)}\terrors ${x.errors}`);
    }
  }
}

export {};
