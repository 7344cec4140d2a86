import { describe, expect, it } from 'vitest';
import { textOnce } from '@/lib/i18n/text-once';

describe('textOnce', () => {
  it('makes each key’s text once and gives it back for that key, whatever the argument', () => {
    let made = 0;
    const label = textOnce((n: number) => `#${++made}:${n}`);
    expect(label('a', 1)).toBe('#1:1');
    expect(label('a', 2)).toBe('#1:1');
    expect(label('b', 2)).toBe('#2:2');
    expect(made).toBe(2);
  });

  it('keeps an empty text too (made once, not again)', () => {
    let made = 0;
    const empty = textOnce(() => (made++, ''));
    expect([empty('k', null), empty('k', null)]).toEqual(['', '']);
    expect(made).toBe(1);
  });
});
