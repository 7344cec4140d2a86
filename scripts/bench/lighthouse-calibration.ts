/**
 * Lighthouse's mobile score assumes a host CPU like the one its 4× CPU slowdown was tuned on
 * (BenchmarkIndex ≈ 1500). On a slower host the simulated mobile phone comes out slower than a
 * real one and the score drops (Lighthouse says so in a run warning). Lighthouse's own guide
 * (docs/throttling.md, "Calibrating multipliers") gives the slowdown to use for a measured
 * BenchmarkIndex; this is that table, from its calculator
 * (github.com/patrickhulce/lighthouse-cpu-throttling-calculator, pages/index.js).
 */
export const DEFAULT_CPU_MULTIPLIER = 4;

/** The CPU slowdown that emulates Lighthouse's reference phone on a host with this BenchmarkIndex, or null when the host is too slow to emulate it. */
export function cpuMultiplierFor(benchmarkIndex: number): number | null {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return null;
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return 1 + (benchmarkIndex - 150) / 650;
}
