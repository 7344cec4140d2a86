/**
 * The share image as SVG (the "download SVG" of a chart): the same words, bars and badge as the
 * PNG (stats-image.tsx), as a standalone SVG document. Pure; text is escaped, and the font falls
 * back to the reader's CJK fonts since an SVG file cannot carry the subset font cheaply.
 */
import type { StatsShare } from './stats-share';

const W = 1200;
const H = 630;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function statsSvg(share: StatsShare): string {
  const font = `font-family="'Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif"`;
  const chartTop = 280;
  const chartHeight = 250;
  const left = 48;
  const width = W - 96;
  const n = Math.max(1, share.bars.length);
  const slot = width / n;
  const bars = share.bars
    .map((bar, i) => {
      const x = left + i * slot + 2;
      const w = Math.max(1, slot - 4);
      const h = bar === null ? chartHeight * 0.15 : Math.max(2, Math.round(bar * (share.labels ? chartHeight - 34 : chartHeight)));
      const y = chartTop + chartHeight - h;
      const rect =
        bar === null
          ? `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="#ffffff" stroke="#4a5560" stroke-width="2" stroke-dasharray="6 4"/>`
          : `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="#0f5e63"/>`;
      const label = share.labels ? `<text x="${(x + w / 2).toFixed(1)}" y="${y - 8}" text-anchor="middle" font-size="22" fill="#1b1f23">${esc(share.labels[i]!)}</text>` : '';
      return rect + label;
    })
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="title">`,
    `<title id="title">${esc(`${share.title} ${share.subtitle} ${share.range} — ${share.badge}`)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<g ${font}>`,
    `<text x="${left}" y="70" font-size="28" fill="#0f5e63">${esc(share.site)}</text>`,
    `<text x="${W - left}" y="70" font-size="22" fill="#4a5560" text-anchor="end">${esc(share.range)}</text>`,
    `<text x="${left}" y="140" font-size="52" fill="#1b1f23">${esc(share.title)}</text>`,
    `<text x="${left}" y="182" font-size="28" fill="#4a5560">${esc(share.subtitle)}</text>`,
    `<rect x="${left}" y="200" width="${Math.min(width, 14 * share.badge.length + 28)}" height="40" fill="#b3261e"/>`,
    `<text x="${left + 14}" y="228" font-size="24" fill="#ffffff">${esc(share.badge)}</text>`,
    bars,
    `<line x1="${left}" y1="${chartTop + chartHeight + 1.5}" x2="${W - left}" y2="${chartTop + chartHeight + 1.5}" stroke="#1b1f23" stroke-width="3"/>`,
    `<text x="${left}" y="${H - 40}" font-size="22" fill="#4a5560">${esc(share.caption)}</text>`,
    `<text x="${W - left}" y="${H - 40}" font-size="22" fill="#4a5560" text-anchor="end">${esc(share.footer)}</text>`,
    `</g>`,
    `</svg>`,
  ].join('\n');
}
