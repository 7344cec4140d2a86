/**
 * The site's Link: the page's language goes into the address; from a public page into the
 * personal area (sign-in, my account, staff) it is a plain link, so the browser loads that page
 * as a document with its own policies (lib/security/headers.ts); elsewhere Next's router link.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const where = vi.hoisted(() => ({ pathname: '/', locale: 'zh-Hant-TW' as string | undefined }));

vi.mock('next/navigation', () => ({
  useParams: () => ({ locale: where.locale }),
  usePathname: () => where.pathname,
}));
// The router's link, told apart from a plain one by a mark.
vi.mock('next/link', () => ({
  default: ({ href, prefetch: _prefetch, replace: _replace, children, ...rest }: Record<string, unknown> & { children?: ReactNode }) => (
    <a data-router="" href={String(href)} {...rest}>
      {children}
    </a>
  ),
}));

const { Link } = await import('@/components/ui/locale-link');

function render(from: string, locale: string, href: string, extra: Record<string, unknown> = {}): string {
  where.pathname = from;
  where.locale = locale;
  return renderToStaticMarkup(
    <Link href={href} className="c" {...extra}>
      text
    </Link>,
  );
}

beforeEach(() => {
  where.pathname = '/';
  where.locale = 'zh-Hant-TW';
});

describe('Link', () => {
  it('enters the personal area from a public page as a new document', () => {
    expect(render('/', 'zh-Hant-TW', '/sign-in')).toBe('<a href="/sign-in" class="c">text</a>');
    expect(render('/en/lottery/check', 'en', '/me?tab=invoices')).toBe('<a href="/en/me?tab=invoices" class="c">text</a>');
    expect(render('/forum/12', 'zh-Hant-TW', '/admin')).toBe('<a href="/admin" class="c">text</a>');
    expect(render('/', 'zh-Hant-TW', '/register', { replace: true, scroll: false })).toBe('<a href="/register" class="c">text</a>');
  });

  it('uses the router within the personal area and for public pages', () => {
    expect(render('/me', 'zh-Hant-TW', '/me/security')).toBe('<a data-router="" href="/me/security" class="c">text</a>');
    expect(render('/en/sign-in', 'en', '/me')).toBe('<a data-router="" href="/en/me" class="c">text</a>');
    expect(render('/me', 'zh-Hant-TW', '/lottery')).toBe('<a data-router="" href="/lottery" class="c">text</a>');
    expect(render('/', 'zh-Hant-TW', '/lottery/check')).toBe('<a data-router="" href="/lottery/check" class="c">text</a>');
  });

  it('does not take a public page whose name starts like one of the area for it', () => {
    for (const href of ['/help/sign-in', '/media', '/administration', '/sign-inx']) {
      expect(render('/', 'zh-Hant-TW', href)).toContain('data-router');
    }
  });
});
