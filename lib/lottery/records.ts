/**
 * A period's numbers with their provenance, as pages and APIs use them. Pure: the sourced
 * periods in content/lottery/periods.json are read here; published ones come from the
 * database through lib/lottery/catalog.ts.
 */
import contentPeriods from '@/content/lottery/periods.json';
import { comparePeriods, pageKey, periodOrThrow, type Period } from './period';
import type { WinningNumbers } from './prizes';

export type PeriodRecord = {
  /** etax page key, odd month: '11409'. */
  key: string;
  period: Period;
  numbers: WinningNumbers;
  /** verified-2plus, one-source-news, code-only-2plus, one-source-code, mixed, or 'official' when published here. */
  confidence: string;
  fieldConfidence?: Record<string, string>;
  status?: string;
  sources: string[];
  notes?: string;
  origin: 'sources' | 'published';
  /** ISO timestamp, for published periods. */
  publishedAt?: string;
  revision?: number;
};

type ContentPeriod = (typeof contentPeriods.periods)[number] & {
  fieldConfidence?: Record<string, string>;
  status?: string;
  notes?: string;
};

export function sourcedPeriods(): PeriodRecord[] {
  return (contentPeriods.periods as ContentPeriod[]).map((p) => {
    const period = periodOrThrow(p.key);
    return {
      key: pageKey(period),
      period,
      numbers: { special: p.special, grand: p.grand, first: p.first, additionalSixth: p.additionalSixth },
      confidence: p.confidence,
      ...(p.fieldConfidence ? { fieldConfidence: p.fieldConfidence } : {}),
      ...(p.status ? { status: p.status } : {}),
      sources: p.sources,
      ...(p.notes ? { notes: p.notes } : {}),
      origin: 'sources',
    };
  });
}

/** Published periods replace sourced ones with the same key (a correction); newest first. */
export function mergePeriods(sourced: PeriodRecord[], published: PeriodRecord[]): PeriodRecord[] {
  const byKey = new Map(sourced.map((r) => [r.key, r]));
  for (const r of published) byKey.set(r.key, r);
  return [...byKey.values()].sort((a, b) => comparePeriods(b.period, a.period));
}

export const ADDITIONAL_SIXTH_NOTE = contentPeriods.additionalSixthPrizeNote;
