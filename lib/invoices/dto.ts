/**
 * What leaves the server about a citizen's invoice: the DTOs of the list and of the detail, and
 * the pure steps that make them from rows (prize flags, donation masking). No database here.
 */
import { apiTerm, type Period } from '@/lib/lottery/period';
import { createChecker, PRIZE_TIERS, type PrizeKey, type WinningNumbers } from '@/lib/lottery/prizes';
import type { DrawStatus } from './claim';
import type { PayoutStatus } from '@/lib/bank-account/payout';

export type InvoicePrize = { key: PrizeKey; kind: 'regular' | 'cloud'; amount: number; name: string; nameEn: string };

export type InvoiceSummaryDto = {
  /** AB12345678 (print it as AB-12345678). */
  number: string;
  /** The period's invTerm (even month), e.g. 11410 for Sep–Oct 2025. */
  period: string;
  /** Taiwan time, ISO 8601 with its offset. */
  issuedAt: string;
  amount: number;
  seller: { name: string; ban: string };
  carrier: { id: number; typeCode: string; number: string };
  draw: DrawStatus;
  /** null: no prize, or not known yet (see draw.state). Never set for a donated invoice. */
  prize: InvoicePrize | null;
  payout: PayoutStatus;
  donated: boolean;
};

export type InvoiceItemDto = { code: number; name: string; nameEn: string; amount: number };

export type InvoiceDetailDto = InvoiceSummaryDto & {
  /** 4 digits; hidden (null) for a donated invoice. */
  randomCode: string | null;
  seller: { name: string; ban: string; county: string; township: string; countyEn: string };
  items: InvoiceItemDto[];
  synthetic: true;
};

export const CLOUD_PRIZES = ['cloud1000000', 'cloud2000', 'cloud800', 'cloud500'] as const;
export type CloudPrizeKey = (typeof CLOUD_PRIZES)[number];

/**
 * The prize of each invoice of one period, from its numbers and the cloud lists' entries for the
 * invoices at hand (built once per page; null numbers: not drawn or no numbers yet).
 */
export function prizeChecker(numbers: WinningNumbers | null, cloud: ReadonlyMap<string, CloudPrizeKey>): (number: string) => InvoicePrize | null {
  if (!numbers) return () => null;
  const lists: Partial<Record<CloudPrizeKey, string[]>> = {};
  for (const [number, prize] of cloud) (lists[prize] ??= []).push(number);
  const check = createChecker({ ...numbers, cloud: lists });
  return (number) => {
    const { prize } = check({ track: number.slice(0, 2), digits: number.slice(2) });
    if (!prize) return null;
    const tier = PRIZE_TIERS[prize];
    return { key: prize, kind: prize.startsWith('cloud') ? 'cloud' : 'regular', amount: tier.amount, name: tier.zh, nameEn: tier.en };
  };
}

/** One invoice's prize (see prizeChecker). */
export function prizeOf(number: string, numbers: WinningNumbers | null, cloud: ReadonlyMap<string, CloudPrizeKey>): InvoicePrize | null {
  return prizeChecker(numbers, cloud)(number);
}

/** 'YYYY-MM-DDTHH:MM:SS' (Taiwan local, as stored) → ISO 8601 with +08:00. */
export function taipeiIso(local: string): string {
  return `${local}+08:00`;
}

export function periodTerm(period: Period): string {
  return apiTerm(period);
}

/**
 * Donated invoices (README §3): the number's last 3 digits are masked, the random code is hidden
 * and no prize is ever reported to the donor. H3's donations decide `donated`; this is the one
 * place that applies it.
 */
export function maskDonated<T extends InvoiceSummaryDto>(dto: T): T {
  if (!dto.donated) return dto;
  const masked = { ...dto, number: `${dto.number.slice(0, 7)}***`, prize: null, payout: 'not_applicable' as const };
  return 'randomCode' in masked ? { ...masked, randomCode: null } : masked;
}
