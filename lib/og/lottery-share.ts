/**
 * The words on the lottery share images, kept apart from the JSX so a test can check that the
 * subset font has a glyph for every character (a missing glyph makes next/og try to download
 * one at request time, which fails offline). Traditional Chinese first, English second.
 */
import { claimWindow, periodLabel } from '@/lib/lottery/period';
import { PRIZE_TIERS } from '@/lib/lottery/prizes';
import type { PeriodRecord } from '@/lib/lottery/records';

export type ShareRow = { label: string; sublabel: string; numbers: string[]; amount: string };

export type LotteryShare = {
  site: string;
  title: string;
  subtitle: string;
  rows: ShareRow[];
  footer: string;
};

const nt = (n: number) => new Intl.NumberFormat('zh-Hant-TW').format(n);

export const SHARE_STATIC_TEXT = ['Tax Cloud 稅務雲', '統一發票中獎號碼', 'Uniform-invoice winning numbers', '元', '未公布', '領獎期間', '至', '（', '）'];

export function lotteryShare(record: PeriodRecord): LotteryShare {
  const { numbers } = record;
  const tier = (key: 'special' | 'grand' | 'first') => PRIZE_TIERS[key];
  const claim = claimWindow(record.period);
  return {
    site: 'Tax Cloud 稅務雲',
    title: `${periodLabel(record.period, 'zh-Hant-TW')} 統一發票中獎號碼`,
    subtitle: `Uniform-invoice winning numbers, ${periodLabel(record.period, 'en')}`,
    rows: [
      { label: tier('special').zh, sublabel: tier('special').en, numbers: [numbers.special ?? '未公布'], amount: `${nt(tier('special').amount)} 元` },
      { label: tier('grand').zh, sublabel: tier('grand').en, numbers: [numbers.grand ?? '未公布'], amount: `${nt(tier('grand').amount)} 元` },
      { label: tier('first').zh, sublabel: tier('first').en, numbers: [...numbers.first], amount: `${nt(tier('first').amount)} 元` },
    ],
    footer: `領獎期間 ${claim.from} 至 ${claim.to}`,
  };
}

/** Every character a share image can show, for the font subset and its test. */
export function shareCharacters(records: readonly PeriodRecord[]): string {
  const texts = [...SHARE_STATIC_TEXT];
  for (const r of records) {
    const s = lotteryShare(r);
    texts.push(s.site, s.title, s.subtitle, s.footer, ...s.rows.flatMap((row) => [row.label, row.sublabel, row.amount, ...row.numbers]));
  }
  return texts.join('');
}
