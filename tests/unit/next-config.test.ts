/**
 * next.config.ts settings that decide what every response costs (issue 14): no ETag from Next.js,
 * whose per-request hash of a cached page's whole HTML was the largest cost of a cache hit
 * (docs/benchmarks.md). Compression stays on: the portal answers browsers directly too.
 */
import { describe, expect, it } from 'vitest';
import config from '../../next.config';

describe('next.config', () => {
  it('does not hash pages for an ETag, and keeps compression and the powered-by header as they were', () => {
    expect(config.generateEtags).toBe(false);
    expect(config.compress).not.toBe(false);
    expect(config.poweredByHeader).toBe(false);
  });
});
