/**
 * The share image of a lottery period (1200×630): the numbers large, Traditional Chinese first.
 * Satori needs display:flex on every element with more than one child, and one font family.
 */
import 'server-only';
import { ImageResponse } from 'next/og';
import type { PeriodRecord } from '@/lib/lottery/records';
import { ogFont } from './font';
import { lotteryShare } from './lottery-share';

export const OG_SIZE = { width: 1200, height: 630 };

export async function lotteryImage(record: PeriodRecord): Promise<ImageResponse> {
  const share = lotteryShare(record);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#0b1f33', fontFamily: 'NotoSansTC', padding: '44px 48px' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 30, color: '#0b4f8a' }}>
          <span>{share.site}</span>
          <span style={{ fontSize: 22, color: '#44546a' }}>{share.subtitle}</span>
        </div>
        <div style={{ display: 'flex', fontSize: 56, lineHeight: 1.4, marginTop: 16, borderBottom: '6px solid #0b4f8a', paddingBottom: 8 }}>{share.title}</div>
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 24 }}>
          {share.rows.map((row) => (
            <div key={row.label} style={{ display: 'flex', alignItems: 'center', marginTop: 14 }}>
              <div style={{ display: 'flex', flexDirection: 'column', width: 200 }}>
                <span style={{ fontSize: 40 }}>{row.label}</span>
                <span style={{ fontSize: 20, color: '#44546a' }}>{row.sublabel}</span>
              </div>
              <div style={{ display: 'flex', flex: 1, fontSize: row.numbers.length > 1 ? 40 : 60, letterSpacing: row.numbers.length > 1 ? 2 : 4 }}>
                {row.numbers.map((n) => (
                  <span key={n} style={{ marginRight: 24 }}>
                    {n}
                  </span>
                ))}
              </div>
              <span style={{ display: 'flex', justifyContent: 'flex-end', width: 180, fontSize: 26, color: '#44546a' }}>{row.amount}</span>
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: 26, color: '#44546a' }}>{share.footer}</div>
      </div>
    ),
    { ...OG_SIZE, fonts: [{ name: 'NotoSansTC', data: await ogFont(), weight: 700, style: 'normal' }] },
  );
}
