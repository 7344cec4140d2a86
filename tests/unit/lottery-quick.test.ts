import { describe, expect, it } from 'vitest';
import { matchedDigits, mayWin, nextDigits, quickVerdict, quickVerdictText } from '@/lib/lottery/quick';
import { sourcedPeriods } from '@/lib/lottery/records';

// 115年07-08月: special 89996565, grand 91098182, first 54348835 / 44991397 / 06595111.
const julAug = sourcedPeriods().find((p) => p.key === '11507')!.numbers;
// 114年07-08月: the special prize is unknown.
const partial = sourcedPeriods().find((p) => p.key === '11407')!.numbers;

describe('quickVerdict', () => {
  it('a first-prize ending: at least the sixth prize is certain', () => {
    expect(quickVerdict(julAug, '835')).toEqual({ kind: 'atLeastSixth', unchecked: [] });
  });

  it('an ending shared only with the special or grand prize: check all 8 digits', () => {
    expect(quickVerdict(julAug, '565')).toEqual({ kind: 'checkEight', prizes: ['special'], unchecked: [] });
    expect(quickVerdict(julAug, '182')).toEqual({ kind: 'checkEight', prizes: ['grand'], unchecked: [] });
  });

  it('any other ending: no prize, naming tiers that could not be checked', () => {
    expect(quickVerdict(julAug, '000')).toEqual({ kind: 'none', unchecked: [] });
    expect(quickVerdict(partial, '000')).toEqual({ kind: 'none', unchecked: ['special'] });
  });

  it('a period without numbers: unavailable, never "no prize"', () => {
    expect(quickVerdict(null, '835')).toEqual({ kind: 'unavailable' });
    expect(mayWin(quickVerdict(null, '835'))).toBe(false);
    expect(mayWin(quickVerdict(julAug, '835'))).toBe(true);
    expect(mayWin(quickVerdict(julAug, '565'))).toBe(true);
  });
});

describe('matchedDigits', () => {
  it('compares typed digits with the last three, from the left', () => {
    expect(matchedDigits('54348835', '8')).toEqual([5, 6]);
    expect(matchedDigits('54348835', '83')).toEqual([5, 7]);
    expect(matchedDigits('54348835', '835')).toEqual([5, 8]);
    expect(matchedDigits('54348835', '836')).toBeNull();
    expect(matchedDigits('54348835', '')).toBeNull();
  });
});

describe('nextDigits', () => {
  it('keeps up to three digits; a fourth starts the next number', () => {
    expect(nextDigits('', '8')).toBe('8');
    expect(nextDigits('83', '835')).toBe('835');
    expect(nextDigits('835', '8351')).toBe('1');
    expect(nextDigits('835', '８３５２')).toBe('2');
    expect(nextDigits('835', '2835')).toBe('2'); // the caret was at the start
  });

  it('a pasted full number leaves its last three digits', () => {
    expect(nextDigits('', 'AB-12345678')).toBe('678');
  });
});

describe('quickVerdictText', async () => {
  const { createTranslator } = await import('next-intl');
  const { prizeName } = await import('@/lib/lottery/prizes');
  const zhMessages = (await import('@/content/messages/zh-Hant-TW.json')).default;
  const enMessages = (await import('@/content/messages/en.json')).default;
  const zh = createTranslator({ locale: 'zh-Hant-TW', messages: zhMessages, namespace: 'Check.quick' }) as unknown as (k: string, v?: Record<string, string | number>) => string;
  const en = createTranslator({ locale: 'en', messages: enMessages, namespace: 'Check.quick' }) as unknown as (k: string, v?: Record<string, string | number>) => string;
  const zhName = (key: Parameters<typeof prizeName>[0]) => prizeName(key, 'zh-Hant-TW');
  const enName = (key: Parameters<typeof prizeName>[0]) => prizeName(key, 'en').toLowerCase();

  it('says what is certain, naming the period', () => {
    expect(quickVerdictText(quickVerdict(julAug, '835'), '07-08月', zh, zhName)).toBe('07-08月：至少中六獎 200 元，請核對完整號碼（可能更高）');
    expect(quickVerdictText(quickVerdict(julAug, '565'), '07-08月', zh, zhName)).toBe('07-08月：請核對 8 碼（末三碼與特別獎相同）');
    expect(quickVerdictText(quickVerdict(julAug, '000'), '07-08月', zh, zhName)).toBe('07-08月：沒有中獎');
    expect(quickVerdictText(quickVerdict(null, '000'), '09-10月', zh, zhName)).toBe('09-10月：本站尚未登錄號碼，暫時無法對獎');
    expect(quickVerdictText(quickVerdict(partial, '000'), '07-08月', zh, zhName)).toBe('07-08月：沒有中其他獎；特別獎號碼未知，無法排除');
    expect(quickVerdictText(quickVerdict(julAug, '835'), 'Jul–Aug', en, enName)).toBe('Jul–Aug: at least the sixth prize, NT$200 — check the full number (it may be more)');
    expect(quickVerdictText(quickVerdict(null, '835'), 'Sep–Oct', en, enName)).toBe('Sep–Oct: numbers not on this site yet, cannot be checked');
  });
});
