import { describe, expect, it } from 'vitest';
import { periodDto } from '@/lib/lottery/period-dto';
import { sourcedPeriods } from '@/lib/lottery/records';

describe('periodDto', () => {
  it('carries the detailed provenance that citizen pages no longer show', () => {
    const sourced = sourcedPeriods().find((r) => r.key === '11507')!;
    const dto = periodDto(sourced);
    expect(dto).toMatchObject({ period: '11507', invTerm: '11508', origin: 'sources', confidence: sourced.confidence, sources: sourced.sources });
    expect(dto.notes).toBe(sourced.notes);
    expect(dto.verification).toBe(sourced.status);
    expect(dto).not.toHaveProperty('publishedAt');
  });

  it('says when an official published a period', () => {
    const published = { ...sourcedPeriods()[0]!, origin: 'published' as const, confidence: 'official', publishedAt: '2026-11-25T05:00:00.000Z', notes: undefined, status: undefined };
    expect(periodDto(published)).toMatchObject({ origin: 'published', confidence: 'official', publishedAt: '2026-11-25T05:00:00.000Z' });
    expect(periodDto(published)).not.toHaveProperty('notes');
  });
});
