import { describe, expect, it } from 'vitest';
import { createChecker, createFastChecker, PRIZE_TIERS, type WinningNumbers } from '@/lib/lottery/prizes';

// 114年09-10月, verified by two or more news sources.
const numbers: WinningNumbers = {
  special: '25834483',
  grand: '46587380',
  first: ['41016094', '98081574', '07309261'],
  additionalSixth: [],
};
const check = createChecker(numbers);
const inv = (digits: string, track: string | null = 'AB') => ({ track, digits });

describe('prize tiers', () => {
  it.each([
    ['25834483', 'special', 10_000_000],
    ['46587380', 'grand', 2_000_000],
    ['41016094', 'first', 200_000],
    ['07309261', 'first', 200_000],
    ['51016094', 'second', 40_000],
    ['55016094', 'third', 10_000],
    ['55516094', 'fourth', 4_000],
    ['55556094', 'fifth', 1_000],
    ['55555094', 'sixth', 200],
    ['00000261', 'sixth', 200],
  ])('%s wins %s', (digits, prize, amount) => {
    expect(check(inv(digits))).toEqual({ prize, amount, unchecked: [] });
  });

  it.each(['55555594', '25834484', '46587381', '00000000', '41016095'])('%s wins nothing', (digits) => {
    expect(check(inv(digits))).toEqual({ prize: null, amount: 0, unchecked: [] });
  });

  it('never tail-matches the special or grand number', () => {
    expect(check(inv('00834483')).prize).toBeNull(); // last 6 of the special number
    expect(check(inv('99587380')).prize).toBeNull(); // last 6 of the grand number
  });

  it('pays the highest tier once (a number matching several first-prize tails)', () => {
    const overlap = createChecker({ ...numbers, first: ['11111234', '22221234', '33331234'] });
    expect(overlap(inv('99991234')).prize).toBe('fifth');
    expect(overlap(inv('11111234')).prize).toBe('first');
  });

  it('checks additional sixth prizes in the periods that had them', () => {
    const old = createChecker({ special: '77815838', grand: '39993297', first: ['59028801', '02813820', '06896234'], additionalSixth: ['011', '427'] });
    expect(old(inv('12345011'))).toMatchObject({ prize: 'additionalSixth', amount: 200 });
    expect(old(inv('12345427')).prize).toBe('additionalSixth');
    expect(old(inv('12345428')).prize).toBeNull();
  });

  it('matches cloud prizes on the full number only, and keeps the higher of two prizes', () => {
    const cloudy = createChecker({ ...numbers, cloud: { cloud1000000: ['AA22310501'], cloud500: ['AB55555094'] } });
    expect(cloudy(inv('22310501', 'AA'))).toMatchObject({ prize: 'cloud1000000', amount: 1_000_000 });
    expect(cloudy(inv('22310501', 'AB')).prize).toBeNull();
    expect(cloudy(inv('22310501', null)).prize).toBeNull();
    // AB55555094 wins a sixth prize (200) and a cloud 500: paid the 500.
    expect(cloudy(inv('55555094', 'AB'))).toMatchObject({ prize: 'cloud500', amount: 500 });
    // A first prize (200,000) beats a cloud 2,000.
    const both = createChecker({ ...numbers, cloud: { cloud2000: ['AB41016094'] } });
    expect(both(inv('41016094', 'AB')).prize).toBe('first');
  });

  it('says which tiers it could not check when a number is unknown', () => {
    const partial = createChecker({ ...numbers, special: null });
    expect(partial(inv('25834483'))).toEqual({ prize: null, amount: 0, unchecked: ['special'] });
  });

  it('has the amounts of the prize table', () => {
    expect(Object.fromEntries(Object.entries(PRIZE_TIERS).map(([k, v]) => [k, v.amount]))).toEqual({
      special: 10_000_000,
      grand: 2_000_000,
      first: 200_000,
      second: 40_000,
      third: 10_000,
      fourth: 4_000,
      fifth: 1_000,
      sixth: 200,
      additionalSixth: 200,
      cloud1000000: 1_000_000,
      cloud2000: 2_000,
      cloud800: 800,
      cloud500: 500,
    });
  });
});

describe('fast mode (last 3 digits)', () => {
  const fast = createFastChecker(numbers);
  it('flags every ending that could win', () => {
    for (const n of [...numbers.first, numbers.special!, numbers.grand!]) expect(fast(n.slice(-3))).toBe('possible');
  });
  it('rules out the rest', () => {
    expect(fast('000')).toBe('none');
    expect(fast('095')).toBe('none');
  });
  it('includes additional sixth prizes', () => {
    expect(createFastChecker({ ...numbers, additionalSixth: ['916'] })('916')).toBe('possible');
  });
});
