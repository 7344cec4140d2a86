/** The passbook's yearly totals and timeline: sums of figures already computed by lib/tax, never new rules. */
import { todayInTaipei } from '@/lib/taiwan';
import type { TaxBillDto } from './dto';

export type YearTotal = { year: number; bills: number; charged: number; paid: number; refunded: number; dueToday: number };

export function yearlyTotals(bills: readonly TaxBillDto[]): YearTotal[] {
  const map = new Map<number, YearTotal>();
  for (const b of bills) {
    const row = map.get(b.taxYear) ?? { year: b.taxYear, bills: 0, charged: 0, paid: 0, refunded: 0, dueToday: 0 };
    row.bills += 1;
    if (b.direction === 'payable') row.charged += b.principal;
    for (const e of b.events) {
      if (e.kind === 'payment') row.paid += e.amount;
      else row.refunded += e.amount;
    }
    row.dueToday += b.amountDue;
    map.set(b.taxYear, row);
  }
  return [...map.values()].sort((a, b) => b.year - a.year);
}

export type TimelineItem = { date: string; kind: 'due' | 'payment' | 'refund'; amount: number; bill: TaxBillDto };

/** Due dates, payments and refunds, newest first. */
export function timelineOf(bills: readonly TaxBillDto[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const bill of bills) {
    items.push({ date: bill.dueDate, kind: 'due', amount: bill.principal, bill });
    for (const e of bill.events) items.push({ date: todayInTaipei(new Date(e.at)), kind: e.kind, amount: e.amount, bill });
  }
  return items.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}
