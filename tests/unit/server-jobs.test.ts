import { afterEach, describe, expect, it, vi } from 'vitest';
import { runJob, scheduleJobs, type ServerJob } from '@/lib/jobs/schedule';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('server jobs', () => {
  it('logs what a run did, and nothing when it did nothing', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await runJob({ name: 'tax-reminders', firstRunMs: 0, everyMs: 1, run: async () => 'sent 2 due-date reminder(s)' });
    await runJob({ name: 'tax-reminders', firstRunMs: 0, everyMs: 1, run: async () => null });
    expect(log.mock.calls).toEqual([['[tax-reminders] sent 2 due-date reminder(s)']]);
  });

  it('keeps the server up when a run fails, logging only the error’s name and message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(runJob({ name: 'payments', firstRunMs: 0, everyMs: 1, run: async () => Promise.reject(new TypeError('provider down')) })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('[payments] did not run:', 'TypeError', 'provider down');
  });

  it('runs each job after its delay, then at every interval', async () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    const job = (name: string, firstRunMs: number): ServerJob => ({ name, firstRunMs, everyMs: 60_000, run: async () => (runs.push(name), null) });
    scheduleJobs([job('a', 1_000), job('b', 2_000)]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(runs).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual(['a', 'b', 'a', 'b']);
  });
});
