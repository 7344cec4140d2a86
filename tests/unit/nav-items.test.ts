import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageFile } from '../support/app-routes';
import { NAV_ITEMS, isCurrentSection } from '@/components/layout/nav-items';

describe('isCurrentSection', () => {
  it('matches the section itself and pages below it', () => {
    expect(isCurrentSection('/lottery', '/lottery')).toBe(true);
    expect(isCurrentSection('/lottery/2026-09', '/lottery')).toBe(true);
    expect(isCurrentSection('/help/carrier', '/help')).toBe(true);
  });

  it('does not match a section that merely shares a prefix', () => {
    expect(isCurrentSection('/lottery-results', '/lottery')).toBe(false);
    expect(isCurrentSection('/helpdesk', '/help')).toBe(false);
  });

  it('does not match other sections or the home page', () => {
    expect(isCurrentSection('/', '/lottery')).toBe(false);
    expect(isCurrentSection('/stats', '/lottery')).toBe(false);
  });

  it('marks at most one main navigation item current for any page', () => {
    for (const path of ['/', '/lottery', '/stats/2026', '/forum/thread/1', '/account', '/help/claim-prize']) {
      expect(NAV_ITEMS.filter((item) => isCurrentSection(path, item.href)).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('the main navigation', () => {
  // A section still being built is a one-line route file calling sectionPage() (the 「本服務建置中」 page).
  const placeholder = (href: string) => {
    const file = pageFile(href);
    return file !== null && readFileSync(file, 'utf8').includes('sectionPage(');
  };

  it('lists only sections that work', () => {
    expect(placeholder('/forum'), 'the forum works (issue 14)').toBe(false);
    expect(placeholder('/developers'), 'the developer portal is built (issue 15)').toBe(false);
    expect(placeholder('/account'), 'the /account page is the sign-in entry now').toBe(false);
    for (const item of NAV_ITEMS) expect(placeholder(item.href), `${item.href} is still being built`).toBe(false);
  });
});
