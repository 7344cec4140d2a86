import { afterEach, describe, expect, it } from 'vitest';
import { alternateRounds, benchRounds, median, medianRound, ratioWithRange } from '@/scripts/bench/alternate';

describe('alternating bench rounds (issue 17)', () => {
  afterEach(() => {
    delete process.env.BENCH_ROUNDS;
  });

  it('runs A and B in ABBA order and keeps each round’s ratio', async () => {
    const order: string[] = [];
    let t = 0;
    // A drifting host: every measurement is slower than the one before.
    const measure = (name: string, base: number) => async () => {
      order.push(name);
      t += 1;
      return base - t;
    };
    const r = await alternateRounds(4, measure('a', 100), measure('b', 110), (v) => v);
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    expect(r.a).toEqual([99, 96, 95, 92]);
    expect(r.b).toEqual([108, 107, 104, 103]);
    expect(r.ratios.map((x) => x.toFixed(3))).toEqual(['0.917', '0.897', '0.913', '0.893']);
  });

  it('reports the median ratio with the range of the rounds', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(ratioWithRange([0.9, 0.85, 0.95])).toBe('0.900 (0.850–0.950)');
    expect(ratioWithRange([0.9])).toBe('0.900');
    expect(medianRound([{ v: 3 }, { v: 1 }, { v: 2 }], (m) => m.v)).toEqual({ v: 2 });
    expect(medianRound([{ v: 3 }, { v: 1 }, { v: 2 }, { v: 4 }], (m) => m.v)).toEqual({ v: 2 });
  });

  it('reads BENCH_ROUNDS and refuses nonsense', () => {
    expect(benchRounds()).toBe(3);
    process.env.BENCH_ROUNDS = '5';
    expect(benchRounds()).toBe(5);
    for (const bad of ['0', '2.5', 'x', '21']) {
      process.env.BENCH_ROUNDS = bad;
      expect(() => benchRounds()).toThrow(/BENCH_ROUNDS/);
    }
  });
});

describe('server CPU per request (issue 17)', () => {
  it('reads utime + stime from a /proc stat line whose name has spaces and parentheses', async () => {
    const { parseStatCpu, parsePid, cpuRatios } = await import('@/scripts/bench/server-cpu');
    const stat = '4242 (next-server (v16.4.5)) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 566 0 0 20 0 11 0 500 1000 100';
    expect(parseStatCpu(stat)).toBeCloseTo(18.0, 5);
    expect(parsePid('LISTEN 0 511 127.0.0.1:3000 0.0.0.0:* users:(("next-server (v1",pid=4242,fd=21))')).toBe(4242);
    expect(parsePid('')).toBeNull();
    expect(cpuRatios([{ cpuUs: 1000 }, { cpuUs: null }, { cpuUs: 800 }], [{ cpuUs: 900 }, { cpuUs: 700 }, { cpuUs: 800 }])).toEqual([0.9, 1]);
  });
});
