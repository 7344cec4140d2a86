import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { publishFormSchema, publishPeriodSchema } from '@/lib/lottery/publish-schema';

const form = (over: Record<string, string> = {}) => ({
  period: '11509',
  special: '11111111',
  grand: '22222222',
  first1: '33333333',
  first2: '44444444',
  first3: '55555555',
  additionalSixth: '',
  sources: 'https://www.mof.gov.tw/example\n\n  財政部公告 ',
  note: '',
  ...over,
});

const codes = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('publishing form schema', () => {
  it('turns the flat form into what the API takes', () => {
    expect(publishFormSchema.parse(form({ additionalSixth: '123, 456　789', correction: 'on' }))).toEqual({
      period: '11509',
      special: '11111111',
      grand: '22222222',
      first: ['33333333', '44444444', '55555555'],
      additionalSixth: ['123', '456', '789'],
      sources: ['https://www.mof.gov.tw/example', '財政部公告'],
      note: undefined,
      correction: true,
    });
  });

  it('accepts full-width digits and spaces inside numbers', () => {
    expect(publishFormSchema.parse(form({ special: '１１１１ １１１１' })).special).toBe('11111111');
  });

  it('names the field of each problem', () => {
    const result = publishFormSchema.safeParse(form({ period: '11513', special: '1234567', first2: 'abc', additionalSixth: '12', sources: '' }));
    expect(codes(result)).toEqual({ period: 'periodFormat', special: 'digits8', first2: 'digits8', additionalSixth: 'sixthDigits', sources: 'sourceRequired' });
  });

  it('reads cloud-invoice prize lists from their text areas, each number once', () => {
    expect(publishFormSchema.parse(form({ cloud2000: 'ab-12345678, CD87654321\nＥＦ00000001', cloud500: '' })).cloud).toEqual({
      cloud2000: ['AB12345678', 'CD87654321', 'EF00000001'],
    });
    expect(codes(publishFormSchema.safeParse(form({ cloud800: 'AB1234567' })))).toEqual({ cloud800: 'cloudNumber' });
    expect(codes(publishFormSchema.safeParse(form({ cloud800: 'AB12345678', cloud500: 'AB12345678' })))).toEqual({ cloud500: 'cloudDistinct' });
  });

  it('puts a repeated first prize on the third field', () => {
    expect(codes(publishFormSchema.safeParse(form({ first3: '33333333' })))).toEqual({ first3: 'firstDistinct' });
  });

  it('an unticked checkbox is no correction', () => {
    expect(publishFormSchema.parse(form()).correction).toBe(false);
  });
});

describe('publishing API schema', () => {
  it('requires a source', () => {
    const result = publishPeriodSchema.safeParse({ period: '11509', special: '11111111', grand: '22222222', first: ['33333333', '44444444', '55555555'] });
    expect(codes(result)).toEqual({ sources: expect.any(String) });
  });

  it('has a message in both languages for every code it can give', () => {
    const used = ['digits8', 'periodFormat', 'sixthDigits', 'sixthCount', 'firstCount', 'firstDistinct', 'sourceRequired', 'sourceLength', 'sourceCount', 'noteLength'];
    for (const code of used) {
      expect(en.Publish).toHaveProperty(code);
      expect(zh.Publish).toHaveProperty(code);
    }
  });
});
