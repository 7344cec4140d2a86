/**
 * The lottery's notion of "now": which period is the latest with numbers, which one has been
 * drawn but whose numbers are not here yet, which ones can still be checked and claimed, and the
 * next draw. Pure and in Taiwan time, with the moment passed in (lib/clock.ts on the server, the
 * browser's clock in the browser), so pages, checkers, feeds and APIs agree and tests can pick
 * any day.
 */
import { todayInTaipei } from '@/lib/taiwan';
import { claimWindow, comparePeriods, drawDate, drawnAt, pageKey, periodOfDate, previousPeriod, type Period } from './period';
import type { PeriodRecord } from './records';

export type LotteryNow = {
  /** 'YYYY-MM-DD' in Asia/Taipei. */
  today: string;
  /** The newest period whose numbers we have. */
  latest: PeriodRecord | null;
  /** The last period drawn, when its numbers are not here (yet). */
  awaiting: Period | null;
  /**
   * Periods drawn and not past their claim deadline, newest first, with or without numbers.
   * Prizes are paid from the 6th of the month after the draw, but an invoice of a drawn period
   * already has its result: for a citizen both periods are "open" (e.g. on 2026-11-30,
   * 115年09-10月, drawn on 11-25, and 115年07-08月, claimable until 12-07).
   */
  claimable: Period[];
  /** The next draw after `at` (today's own draw until its numbers are out). */
  nextDraw: { period: Period; date: string };
};

/** Whether a period has been drawn at `at` (its numbers are out). */
export function isDrawn(period: Period, at: Date): boolean {
  return at.getTime() >= drawnAt(period).getTime();
}

export function lotteryNow(records: readonly PeriodRecord[], at: Date): LotteryNow {
  const today = todayInTaipei(at);
  const sorted = [...records].sort((a, b) => comparePeriods(b.period, a.period));
  const have = new Set(sorted.map((r) => r.key));
  // The period of today's date is drawn two months on; the one before it is drawn this month or
  // last, so the last drawn period is one of the two before today's.
  const current = periodOfDate(today);
  const previous = previousPeriod(current);
  // Numbers published here on draw day a little before 14:00 count as drawn.
  const previousDrawn = isDrawn(previous, at) || (today >= drawDate(previous) && have.has(pageKey(previous)));
  const lastDrawn = previousDrawn ? previous : previousPeriod(previous);
  const next = previousDrawn ? current : previous;

  const claimable: Period[] = [];
  // A claim window is about three months long, so at most the last two drawn periods are open.
  for (let p = lastDrawn, i = 0; i < 3; p = previousPeriod(p), i++) {
    if (today <= claimWindow(p).to) claimable.push(p);
  }
  return {
    today,
    latest: sorted[0] ?? null,
    awaiting: have.has(pageKey(lastDrawn)) ? null : lastDrawn,
    claimable,
    nextDraw: { period: next, date: drawDate(next) },
  };
}
