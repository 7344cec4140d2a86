/**
 * Pure rules of paying online: how long an order's amount holds, what a receipt number looks like,
 * and which order states may still change. No framework, no database.
 */
import { addDays } from '@/lib/taiwan/civil-date';
import { todayInTaipei } from '@/lib/taiwan/today';

/** How long the provider's page stays open for one order. */
export const CHECKOUT_MINUTES = 30;

/**
 * An order's amount is today's (late fees grow at midnight Taipei time), so the checkout ends at
 * the earlier of 30 minutes and the end of the Taipei day.
 */
export function orderExpiry(at: Date): Date {
  const midnight = new Date(`${addDays(todayInTaipei(at), 1)}T00:00:00+08:00`);
  return new Date(Math.min(at.getTime() + CHECKOUT_MINUTES * 60_000, midnight.getTime()));
}

/** TCR-2026-00000042: the year of issue (Taipei) and the receipt's serial. */
export function receiptNumber(serial: number, issuedAt: Date): string {
  return `TCR-${todayInTaipei(issuedAt).slice(0, 4)}-${String(serial).padStart(8, '0')}`;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

