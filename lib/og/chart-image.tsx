/**
 * A chart document (lib/stats/views/chart-document.ts) as PNG through next/og: the shapes are
 * the document's own SVG (without its text) as the background, and each text is laid on top at
 * the place the SVG gives it, in the subset font (next/og draws text only with fonts it was
 * given; a character the font lacks is replaced, since fetching one fails offline).
 */
import 'server-only';
import { ImageResponse } from 'next/og';
import { DOCUMENT_SIZE, splitText, type TextRun } from '@/lib/stats/views/chart-document';
import type { SvgNode } from '@/lib/stats/views/chart-drawing';
import { forumFont, forumGlyphs } from './font';

const BOX = 1200;

function place(run: TextRun): React.CSSProperties {
  // Baseline to top of a 1.0 line box: about 0.86 em for Noto Sans TC.
  const top = run.y + run.dy * run.size - 0.86 * run.size;
  const base: React.CSSProperties = { position: 'absolute', top, fontSize: run.size, lineHeight: 1, color: run.fill, display: 'flex', whiteSpace: 'nowrap' };
  if (run.anchor === 'end') return { ...base, left: run.x - BOX, width: BOX, justifyContent: 'flex-end' };
  if (run.anchor === 'middle') return { ...base, left: run.x - BOX / 2, width: BOX, justifyContent: 'center' };
  return { ...base, left: run.x };
}

const PLAIN: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-' };

/** `text` with the characters the font lacks replaced: curly quotes by straight ones, others by a space. */
export function withGlyphs(text: string, glyphs: ReadonlySet<string>): string {
  return [...text].map((ch) => (glyphs.has(ch) ? ch : (PLAIN[ch] ?? ' '))).join('');
}

export async function chartImage(doc: SvgNode): Promise<ImageResponse> {
  const { shapes, texts } = splitText(doc);
  const glyphs = await forumGlyphs();
  const src = `data:image/svg+xml;base64,${Buffer.from(shapes).toString('base64')}`;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', position: 'relative', background: '#ffffff', fontFamily: 'NotoSansTC' }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws <img>, not next/image */}
        <img src={src} width={DOCUMENT_SIZE.width} height={DOCUMENT_SIZE.height} alt="" style={{ position: 'absolute', left: 0, top: 0 }} />
        {texts.map((run, i) => (
          <div key={i} style={place(run)}>
            {withGlyphs(run.body, glyphs)}
          </div>
        ))}
      </div>
    ),
    { ...DOCUMENT_SIZE, fonts: [{ name: 'NotoSansTC', data: await forumFont(), weight: 700, style: 'normal' }] },
  );
}
