// Unknown addresses under dynamic routes must not grow the page cache (issue 9: 100 requests ≈ 9 MB before).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { faultsServer } from './support/server';

const { baseUrl, distDir } = faultsServer();

function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = measure(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

/** 1,000 addresses no page owns: random words, well-formed keys of periods that do not exist, NUL, very long names. */
function unknownAddresses(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const prefix = i % 2 ? '/en' : '';
    switch (i % 10) {
      case 0: out.push(`${prefix}/lottery/${'x'.repeat(5000)}${i}`); break;
      case 1: out.push(`${prefix}/lottery/%00${i}`); break;
      case 2: out.push(`${prefix}/lottery/${12001 + (i % 90) * 2}`); break; // future periods
      case 3: out.push(`${prefix}/lottery/10009`); break; // a gap in the sources
      case 4: out.push(`${prefix}/lottery/${i}/opengraph-image`); break;
      case 5: out.push(`${prefix}/help/nope-${i}`); break;
      case 6: out.push(`${prefix}/data/nope-${i}`); break;
      case 7: out.push(`${prefix}/stats/nope-${i}`); break;
      case 8: out.push(`${prefix}/nothing/${i}`); break;
      default: out.push(`${prefix}/lottery/page-${i}-${Math.random().toString(36).slice(2)}`);
    }
  }
  return out;
}

describe('page cache', () => {
  it('keeps its size through 1,000 unknown addresses, each a 404', { timeout: 300_000 }, async () => {
    // Warm up the real pages first, so what they write on first visit is not counted.
    for (const p of ['/lottery/11507', '/en/lottery/11507', '/lottery/nope', '/en/lottery/nope']) await (await fetch(`${baseUrl}${p}`)).arrayBuffer();
    const before = measure(path.join(distDir, 'server'));
    const addresses = unknownAddresses();
    const statuses = new Map<number, number>();
    for (let i = 0; i < addresses.length; i += 8) {
      await Promise.all(
        addresses.slice(i, i + 8).map(async (address) => {
          const response = await fetch(`${baseUrl}${address}`);
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }),
      );
    }
    const after = measure(path.join(distDir, 'server'));
    console.log(`[faults] page cache before ${before.files} files / ${before.bytes} bytes, after 1,000 unknown addresses ${after.files} / ${after.bytes}`);
    expect(Object.fromEntries(statuses)).toEqual({ 404: 1000 });
    expect(after).toEqual(before);
  });

  it('still serves real periods and a period page’s other key form', async () => {
    expect((await fetch(`${baseUrl}/lottery/11507`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/en/lottery/11508`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/lottery/check`)).status).toBe(200);
  });
});
