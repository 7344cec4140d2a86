/**
 * Markdown of forum posts to HTML that is safe to put in the page.
 *
 * Posts are written by anyone, so nothing they type may become markup of its own: raw HTML is
 * shown as text, links go only to http(s), mailto or this site's paths and carry
 * rel="nofollow ugc noopener", images only from this site's paths (an outside image would tell
 * its server who reads the post); anything else becomes its text. marked escapes the text
 * itself; the renderer below handles the three ways markup could get in (html, link, image).
 * Headings become bold paragraphs so posts do not break the page's heading outline.
 */
import { Marked, type Tokens } from 'marked';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** marked hands hrefs over with entities as typed; decode the few that could hide a scheme. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/gi, '&');
}

/** A same-site path: one slash, not two (//evil.example is another site). */
const isSitePath = (href: string) => /^\/(?![/\\])/.test(href);

export function safeLinkHref(raw: string): string | null {
  const href = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (isSitePath(href) || href.startsWith('#')) return href;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

export function safeImageSrc(raw: string): string | null {
  const src = decodeEntities(raw).trim();
  return isSitePath(src) && !/[\u0000-\u0020"'<>\\]/.test(src) ? src : null;
}

const forumMarked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    heading({ tokens }) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens);
      const safe = safeLinkHref(href);
      if (!safe) return inner;
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(safe)}"${titleAttr} rel="nofollow ugc noopener">${inner}</a>`;
    },
    image({ href, title, text }: Tokens.Image) {
      const src = safeImageSrc(href);
      if (!src) return escapeHtml(text);
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<img src="${escapeHtml(src)}" alt="${escapeHtml(text)}"${titleAttr} loading="lazy">`;
    },
  },
});

export function renderForumMarkdown(source: string): string {
  return forumMarked.parse(source, { async: false });
}
