import { describe, expect, it } from 'vitest';
import { renderForumMarkdown as render, safeImageSrc, safeLinkHref } from '@/lib/forum/markdown';

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java&#x09;script:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '![x](/a"onerror="alert(1))',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")',
  '`<b>` **<i>x</i>**',
];

describe('renderForumMarkdown', () => {
  it.each(XSS)('leaves no markup of its own from %s', (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<(script|img[^>]*onerror|svg|iframe|i>|b>)/i);
    expect(html).not.toMatch(/href="(javascript|data|vbscript)/i);
    expect(html).not.toMatch(/\son\w+="/i);
  });

  it('renders emphasis, lists, code and line breaks', () => {
    expect(render('**載具**\n- 一\n- 二')).toContain('<strong>載具</strong>');
    expect(render('- 一\n- 二')).toContain('<li>一</li>');
  });

  it('marks links nofollow ugc noopener', () => {
    expect(render('[財政部](https://www.mof.gov.tw/)')).toBe('<p><a href="https://www.mof.gov.tw/" rel="nofollow ugc noopener">財政部</a></p>\n');
    expect(render('https://www.einvoice.nat.gov.tw')).toContain('rel="nofollow ugc noopener"');
  });

  it('shows images from this site only; others become their text', () => {
    expect(render('![圖](/images/a.png)')).toContain('<img src="/images/a.png" alt="圖"');
    expect(render('![外部圖](https://evil.example/t.png)')).toBe('<p>外部圖</p>\n');
    expect(render('![x](//evil.example/t.png)')).not.toContain('<img');
  });

  it('turns headings into bold paragraphs (the page keeps its outline)', () => {
    expect(render('# 標題')).toBe('<p><strong>標題</strong></p>\n');
  });
});

describe('safe addresses', () => {
  it('accepts http(s), mailto and same-site paths', () => {
    expect(safeLinkHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeLinkHref('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(safeLinkHref('/forum/1')).toBe('/forum/1');
  });

  it('refuses other schemes and protocol-relative addresses', () => {
    for (const href of ['javascript:x', ' javascript:x', 'java\nscript:x', '//evil.example', '/\\evil.example', 'file:///etc/passwd']) expect(safeLinkHref(href), href).toBeNull();
    expect(safeImageSrc('https://a.example/x.png')).toBeNull();
  });
});
