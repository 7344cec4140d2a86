import { describe, expect, it } from 'vitest';
import { cpuMultiplierFor } from '../../scripts/bench/lighthouse-calibration';

describe("Lighthouse's CPU calibration table", () => {
  it('gives its published anchor points', () => {
    expect(cpuMultiplierFor(150)).toBe(1);
    expect(cpuMultiplierFor(800)).toBe(2);
    expect(cpuMultiplierFor(1300)).toBe(3);
    expect(cpuMultiplierFor(1533)).toBeCloseTo(4, 2);
    expect(cpuMultiplierFor(2000)).toBeCloseTo(6, 2);
  });

  it('refuses hosts too slow to emulate the reference phone', () => {
    expect(cpuMultiplierFor(149)).toBeNull();
    expect(cpuMultiplierFor(Number.NaN)).toBeNull();
  });
});
