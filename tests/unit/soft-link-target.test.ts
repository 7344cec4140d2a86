import { describe, expect, it } from 'vitest';
import { sameSitePath, softNavigationTarget } from '@/components/ui/soft-link-target';

const origin = 'https://taxcloud.example';
const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (href: string, more: Partial<{ target: string; download: boolean }> = {}) => ({ href, target: '', download: false, ...more });

describe('softNavigationTarget (the clicks LinkRegion takes over, as next/link does)', () => {
  it('takes a plain left click on a link of this site, keeping query and hash', () => {
    expect(softNavigationTarget(plain, link(`${origin}/en/me/invoices/AB12345678?x=1#items`), origin)).toBe('/en/me/invoices/AB12345678?x=1#items');
    expect(softNavigationTarget(plain, link('/me/invoices/AB12345678'), origin)).toBe('/me/invoices/AB12345678');
    expect(softNavigationTarget(plain, link('/me', { target: '_self' }), origin)).toBe('/me');
  });

  it('leaves modified, middle and already-handled clicks to the browser', () => {
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey', 'defaultPrevented'] as const) {
      expect(softNavigationTarget({ ...plain, [key]: true }, link('/me'), origin)).toBeNull();
    }
    expect(softNavigationTarget({ ...plain, button: 1 }, link('/me'), origin)).toBeNull();
  });

  it('leaves other sites, new tabs and downloads to the browser', () => {
    expect(softNavigationTarget(plain, link('https://elsewhere.example/me'), origin)).toBeNull();
    expect(softNavigationTarget(plain, link('//elsewhere.example/me'), origin)).toBeNull();
    expect(softNavigationTarget(plain, link('/me', { target: '_blank' }), origin)).toBeNull();
    expect(softNavigationTarget(plain, link('/me/data.csv', { download: true }), origin)).toBeNull();
    expect(sameSitePath(link('http://[bad'), origin)).toBeNull();
  });
});
