import { describe, expect, it } from 'vitest';
import {
  CALIBRATION,
  YEARS,
  annualVolume,
  calibrationTable,
  cloudShare,
  countyShares,
  industryMeanTickets,
  mobileShareOfCarriers,
} from '@/lib/stats/synthetic/calibration';
import { AGE_BANDS, GENDERS } from '@/lib/stats/codes';
import { COUNTIES, TOWNSHIPS } from '@/lib/stats/geography';
import { INDUSTRIES, INDUSTRY_KEYS, ITEMS } from '@/lib/stats/industries';
import { expectedCarrierShares } from '@/lib/stats/synthetic/model';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('calibration table', () => {
  it('gives every entry a source with a confidence mark, or marks it an assumption — never both', () => {
    for (const e of calibrationTable()) {
      expect(e.note.length, e.id).toBeGreaterThan(10);
      if (e.assumption) {
        expect(e.source, e.id).toBeUndefined();
      } else {
        expect(e.source, e.id).toMatch(/\w/);
        expect(['V2', '1S', 'U'], e.id).toContain(e.confidence);
      }
    }
  });

  it('keeps the sourced figures of the domain notes (README §8)', () => {
    expect(CALIBRATION.annualVolume2021.value).toBe(7_534_000_000);
    expect(CALIBRATION.cloudShare2021.value).toBe(0.3885);
    expect(CALIBRATION.cloudShare2025.value).toBe(0.6455);
    // 63.31億 cloud invoices at 64.55% → ≈ 98億 in total.
    expect(CALIBRATION.annualVolume2025.value / 1e8).toBeCloseTo(98.08, 1);
    expect(CALIBRATION.meanTicket.value).toBe(428);
    expect(CALIBRATION.retailShare.value).toBe(0.7);
    expect(CALIBRATION.countyShareTaipei.value).toBeCloseTo(16.7 / 75, 4);
    expect(CALIBRATION.countyShareNewTaipei.value).toBeCloseTo(12.2 / 75, 4);
    expect(CALIBRATION.mobileShareOfCarriers2021.value).toBe(0.26);
  });

  it('labels as assumptions what the domain says was not found (age, gender, businesses, averages by industry)', () => {
    for (const id of ['ageBands', 'genderShares', 'sellersPerInvoice', 'industryShares', 'industryTicketIndex', 'hourWeights', 'weekdayWeights'] as const) {
      expect(CALIBRATION[id].assumption, id).toBe(true);
    }
  });

  it('interpolates the years without a figure between the sourced ends', () => {
    const volumes = YEARS.map(annualVolume);
    const shares = YEARS.map(cloudShare);
    for (let i = 1; i < YEARS.length; i++) {
      expect(volumes[i]!).toBeGreaterThan(volumes[i - 1]!);
      expect(shares[i]!).toBeGreaterThan(shares[i - 1]!);
    }
    for (const y of YEARS) expect(mobileShareOfCarriers(y)).toBeGreaterThan(0);
  });

  it('industry shares sum to 1 and retail industries to the sourced retail share', () => {
    const shares = CALIBRATION.industryShares.value;
    expect(sum(INDUSTRY_KEYS.map((k) => shares[k]))).toBeCloseTo(1, 10);
    const retail = INDUSTRIES.filter((i) => i.retail).map((i) => shares[i.key]);
    expect(sum(retail)).toBeCloseTo(CALIBRATION.retailShare.value, 10);
  });

  it('scales the industry tickets so the invoice-weighted mean is the sourced 428 NTD', () => {
    const tickets = industryMeanTickets();
    const shares = CALIBRATION.industryShares.value;
    expect(sum(INDUSTRY_KEYS.map((k) => tickets[k] * shares[k]))).toBeCloseTo(428, 8);
  });

  it('county shares cover the 22 counties, sum to 1 and keep the two sourced ones', () => {
    const shares = countyShares();
    expect(Object.keys(shares).sort()).toEqual(COUNTIES.map((c) => c.code).sort());
    expect(sum(Object.values(shares))).toBeCloseTo(1, 10);
    expect(shares['63000']).toBe(CALIBRATION.countyShareTaipei.value);
  });

  it('age bands and genders each sum to 1 and match the code lists', () => {
    const ages = CALIBRATION.ageBands.value as Record<string, number>;
    const genders = CALIBRATION.genderShares.value as Record<string, number>;
    expect(Object.keys(ages)).toEqual(AGE_BANDS.map((a) => a.key));
    expect(Object.keys(genders)).toEqual(GENDERS.map((g) => g.key));
    expect(sum(Object.values(ages))).toBeCloseTo(1, 10);
    expect(sum(Object.values(genders))).toBeCloseTo(1, 10);
  });

  it('gives a carrier mix per year that is a distribution matching the cloud share', () => {
    const shares = expectedCarrierShares();
    expect(sum(shares)).toBeCloseTo(1, 10);
    for (const s of shares) expect(s).toBeGreaterThan(0);
    expect(shares[4]).toBeCloseTo(CALIBRATION.donationShare.value, 10);
  });

  it('has weekday and hour weights for every day and hour', () => {
    expect(CALIBRATION.weekdayWeights.value).toHaveLength(7);
    expect(CALIBRATION.hourWeights.value).toHaveLength(24);
  });
});

describe('geography and industries', () => {
  it('has the 22 counties and 368 townships with unique MOI codes', () => {
    expect(COUNTIES).toHaveLength(22);
    expect(TOWNSHIPS).toHaveLength(368);
    expect(new Set(TOWNSHIPS.map((t) => t.code)).size).toBe(368);
    for (const t of TOWNSHIPS) {
      expect(t.code).toMatch(/^\d{8}$/);
      expect(t.code.startsWith(t.county.code)).toBe(true);
    }
  });

  it('puts the codes seen in several public sources on the right names', () => {
    const name = (code: string) => TOWNSHIPS.find((t) => t.code === code)?.name;
    expect(name('63000010')).toBe('松山區');
    expect(name('63000120')).toBe('北投區');
    expect(name('65000260')).toBe('貢寮區');
    expect(name('10017010')).toBe('中正區');
    expect(name('68000120')).toBe('觀音區');
    expect(name('10004060')).toBe('新豐鄉');
    expect(name('09007040')).toBe('東引鄉');
  });

  it('gives every industry at least three items, with unique codes', () => {
    for (const i of INDUSTRIES) expect(ITEMS.filter((it) => it.industry === i.key).length).toBeGreaterThanOrEqual(3);
    expect(new Set(ITEMS.map((i) => i.code)).size).toBe(ITEMS.length);
  });
});
