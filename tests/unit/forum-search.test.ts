import { describe, expect, it } from 'vitest';
import { searchQuery, searchTerms, searchVector } from '@/lib/forum/search';

describe('forum search terms', () => {
  it('cuts Chinese into overlapping two-character grams plus the last character', () => {
    expect(searchTerms('手機條碼載具')).toEqual(['手機', '機條', '條碼', '碼載', '載具', '具']);
  });

  it('keeps Latin words and digits whole and lower-cased, and splits on punctuation', () => {
    expect(searchTerms('CSV下載，UTF-8！')).toEqual(['csv', '下載', '載', 'utf', '8']);
  });

  it('normalises full-width letters (NFKC)', () => {
    expect(searchTerms('ＡＰＩ')).toEqual(['api']);
  });
});

describe('searchVector', () => {
  it('writes quoted terms with their positions', () => {
    expect(searchVector('載具載具')).toBe("'載具':1,3 '具載':2 '具':4");
  });

  it('escapes quotes and backslashes', () => {
    expect(searchVector("it's a\\b")).toBe("'it':1 's':2 'a':3 'b':4");
  });
});

describe('searchQuery', () => {
  it('is one gram for a two-character word', () => {
    expect(searchQuery('載具')).toBe("'載具'");
  });

  it('is a phrase of grams for a longer word', () => {
    expect(searchQuery('電子發票')).toBe("('電子' <-> '子發' <-> '發票')");
  });

  it('is a prefix match for one character or a Latin word, all parts required', () => {
    expect(searchQuery('載 CSV')).toBe("'載':* & 'csv':*");
  });

  it('is null when nothing searchable is left', () => {
    expect(searchQuery('！？ ... ')).toBeNull();
  });

  it('cannot be broken out of by quotes or operators', () => {
    expect(searchQuery("a' | !b & (c)")).toBe("'a':* & 'b':* & 'c':*");
  });
});
