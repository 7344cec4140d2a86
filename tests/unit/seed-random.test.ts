import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/db/seed/random';

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRandom(20261122);
    const b = createRandom(20261122);
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    expect(seqA).toEqual(seqB);
    expect(createRandom(7).bytes(32)).toEqual(createRandom(7).bytes(32));
  });

  it('gives a different sequence for a different seed', () => {
    const a = createRandom(1);
    const b = createRandom(2);
    expect(Array.from({ length: 10 }, () => a.next())).not.toEqual(Array.from({ length: 10 }, () => b.next()));
  });

  it('next() is in [0, 1)', () => {
    const r = createRandom(3);
    for (let i = 0; i < 1000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('int(min, max) stays within the inclusive bounds and reaches both ends', () => {
    const r = createRandom(4);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = r.int(-3, 3);
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(-3);
      expect(n).toBeLessThanOrEqual(3);
      seen.add(n);
    }
    expect([...seen].sort((x, y) => x - y)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(r.int(5, 5)).toBe(5);
  });

  it('pick() returns an item of the list and throws on an empty list', () => {
    const r = createRandom(5);
    const items = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 100; i++) expect(items).toContain(r.pick(items));
    expect(() => r.pick([])).toThrow('pick from an empty list');
  });

  it('bytes(n) returns n bytes', () => {
    const bytes = createRandom(6).bytes(16);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes).toHaveLength(16);
  });
});
