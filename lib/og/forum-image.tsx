/**
 * The share image of a forum thread (1200×630): its title, status and, for a proposal, the
 * endorsement progress as a bar. Satori needs display:flex on every element with more than one
 * child, and one font family.
 */
import 'server-only';
import { ImageResponse } from 'next/og';
import { forumFont, forumGlyphs } from './font';
import { forumShare, type ForumShareInput } from './forum-share';
import { OG_SIZE } from './lottery-image';

export async function forumImage(thread: ForumShareInput, categoryName: string): Promise<ImageResponse> {
  const share = forumShare(thread, categoryName, await forumGlyphs());
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#0b1f33', fontFamily: 'NotoSansTC', padding: '44px 56px' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 30, color: '#0b4f8a' }}>
          <span>{share.site}</span>
          <span style={{ fontSize: 26, color: '#ffffff', background: '#0b4f8a', borderRadius: 8, padding: '4px 16px' }}>{share.status}</span>
        </div>
        <div style={{ display: 'flex', fontSize: 28, color: '#44546a', marginTop: 28 }}>{share.label}</div>
        <div style={{ display: 'flex', fontSize: 60, lineHeight: 1.3, marginTop: 12, maxHeight: 240, overflow: 'hidden' }}>{share.title}</div>
        {share.progress ? (
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
            <div style={{ display: 'flex', fontSize: 40 }}>{share.progress.text}</div>
            <div style={{ display: 'flex', height: 28, marginTop: 12, background: '#dde6ef', borderRadius: 14 }}>
              <div style={{ display: 'flex', width: `${Math.max(share.progress.percent, 1)}%`, background: '#0b4f8a', borderRadius: 14 }} />
            </div>
          </div>
        ) : null}
        <div style={{ display: 'flex', marginTop: share.progress ? 16 : 'auto', fontSize: 26, color: '#44546a' }}>{share.footer}</div>
      </div>
    ),
    { ...OG_SIZE, fonts: [{ name: 'NotoSansTC', data: await forumFont(), weight: 700, style: 'normal' }] },
  );
}
