/**
 * The share image of a statistics page (1200×630): title in both languages, the default view as
 * bars, its measure and range, the last-updated date, and a "synthetic data" badge that cannot
 * be cropped away without losing the title. Satori needs display:flex on every element with more
 * than one child, and one font family.
 */
import 'server-only';
import { ImageResponse } from 'next/og';
import { ogFont } from './font';
import { OG_SIZE } from './lottery-image';
import { statsShare, type StatsShareInput } from './stats-share';

export { OG_SIZE };

export async function statsImage(input: StatsShareInput): Promise<ImageResponse> {
  const share = statsShare(input);
  const chartHeight = 250;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#1b1f23', fontFamily: 'NotoSansTC', padding: '40px 48px' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28, color: '#0f5e63' }}>
          <span>{share.site}</span>
          <span style={{ fontSize: 22, color: '#4a5560' }}>{share.range}</span>
        </div>
        <div style={{ display: 'flex', fontSize: 52, lineHeight: 1.3, marginTop: 10 }}>{share.title}</div>
        <div style={{ display: 'flex', fontSize: 28, color: '#4a5560' }}>{share.subtitle}</div>
        <div style={{ display: 'flex', marginTop: 14, padding: '6px 14px', background: '#b3261e', color: '#ffffff', fontSize: 24, alignSelf: 'flex-start' }}>{share.badge}</div>
        <div style={{ display: 'flex', alignItems: 'flex-end', height: chartHeight, marginTop: 20, borderBottom: '3px solid #1b1f23' }}>
          {share.bars.map((bar, i) => (
            <div key={i} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'flex-end', flex: 1, margin: '0 2px', height: chartHeight }}>
              {share.labels ? <span style={{ fontSize: 22, color: '#1b1f23' }}>{share.labels[i]}</span> : null}
              <div
                style={{
                  display: 'flex',
                  width: '100%',
                  height: bar === null ? chartHeight * 0.15 : Math.max(2, Math.round(bar * (share.labels ? chartHeight - 34 : chartHeight))),
                  background: bar === null ? '#ffffff' : '#0f5e63',
                  border: bar === null ? '2px dashed #4a5560' : 'none',
                }}
              />
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 'auto', fontSize: 24, color: '#4a5560' }}>
          <span>{share.caption}</span>
          <span>{share.footer}</span>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: [{ name: 'NotoSansTC', data: await ogFont(), weight: 700, style: 'normal' }] },
  );
}
