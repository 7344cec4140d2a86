/**
 * Where an invoice stands in its period's draw and claim (pure; the moment is passed in).
 * Facts: the draw is on the 25th of the odd month after the period; prizes are claimed from the
 * 6th of the following month for three months (lib/lottery/period.ts, addenda §C).
 */
import { todayInTaipei } from '@/lib/taiwan';
import { isDrawn } from '@/lib/lottery/now';
import { claimWindow, drawDate, type Period } from '@/lib/lottery/period';

export type DrawState = 'not_drawn' | 'awaiting_numbers' | 'drawn';
export type ClaimState = 'not_yet' | 'open' | 'closed';

export type DrawStatus = { state: DrawState; drawDate: string; claimFrom: string; claimTo: string; claim: ClaimState };

export function drawStatus(period: Period, haveNumbers: boolean, at: Date): DrawStatus {
  const window = claimWindow(period);
  const today = todayInTaipei(at);
  const state: DrawState = haveNumbers && isDrawn(period, at) ? 'drawn' : isDrawn(period, at) ? 'awaiting_numbers' : 'not_drawn';
  const claim: ClaimState = today < window.from ? 'not_yet' : today <= window.to ? 'open' : 'closed';
  return { state, drawDate: drawDate(period), claimFrom: window.from, claimTo: window.to, claim };
}
