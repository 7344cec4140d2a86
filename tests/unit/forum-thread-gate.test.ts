/**
 * lib/forum/thread-gate.ts: the proxy's question "can /forum/{id} be a thread?". A known id costs
 * no database read; an id above the largest known one reads it again, every time (a new thread
 * may have come since); a thread made in this process is known at once; a database that cannot
 * be asked leaves the decision to the page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
vi.mock('@/lib/db', () => ({ resolveDb: () => Promise.reject(new Error('no database in unit tests')) }));

const { mayBeThread, noteThreadId, resetThreadGate } = await import('@/lib/forum/thread-gate');

beforeEach(() => resetThreadGate());

describe('mayBeThread', () => {
  it('reads the largest id once for ids up to it, and again for each id above it', async () => {
    const read = vi.fn(async () => 120);
    expect(await mayBeThread(5, read)).toBe(true);
    expect(await mayBeThread(120, read)).toBe(true);
    expect(await mayBeThread(1, read)).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
    expect(await mayBeThread(121, read)).toBe(false);
    expect(await mayBeThread(99_999_999, read)).toBe(false);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('learns a thread made since the last read', async () => {
    let largest = 10;
    const read = vi.fn(async () => largest);
    expect(await mayBeThread(11, read)).toBe(false);
    largest = 11;
    expect(await mayBeThread(11, read)).toBe(true);
    // Never forgets: a lower answer from a slower read does not shrink what is known.
    largest = 3;
    expect(await mayBeThread(11, read)).toBe(true);
  });

  it('knows a thread this process made without reading', async () => {
    const read = vi.fn(async () => 0);
    noteThreadId(42);
    expect(await mayBeThread(42, read)).toBe(true);
    expect(read).not.toHaveBeenCalled();
  });

  it('lets the page decide when the database cannot be asked', async () => {
    expect(await mayBeThread(7, async () => Promise.reject(new Error('down')))).toBe(true);
    // The default reader goes to the database (here: none).
    expect(await mayBeThread(8)).toBe(true);
  });
});
