/**
 * When the provider's callback never comes: orders still pending some minutes after they were
 * made are asked about at the provider and settled as it answers. Paid goes through the same
 * path as a callback (exactly once, with the receipt); declined → failed; unknown to the
 * provider or expired there → expired. An order still open at the provider is left alone.
 */
import 'server-only';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { defaultProvider } from './config';
import { ProviderError } from './provider';
import { closeOrder, pendingOrdersBefore, settlePaidOrder, type PaymentContext } from './store';

export type ReconcileReport = { checked: number; paid: number; failed: number; expired: number; open: number; errors: number };

export async function reconcilePendingOrders(ctx: PaymentContext & { olderThanMinutes?: number; limit?: number } = {}): Promise<ReconcileReport> {
  const at = ctx.at ?? now();
  const provider = ctx.provider === undefined ? defaultProvider() : ctx.provider;
  const report: ReconcileReport = { checked: 0, paid: 0, failed: 0, expired: 0, open: 0, errors: 0 };
  if (!provider) return report;
  const minutes = ctx.olderThanMinutes ?? env().PAYMENT_RECONCILE_AFTER_MINUTES;
  const orders = await pendingOrdersBefore(new Date(at.getTime() - minutes * 60_000), ctx.limit ?? 200, ctx);
  for (const order of orders) {
    report.checked++;
    try {
      // Never handed to the provider (its answer was lost): nobody could have paid it.
      const checkout = order.provider_reference ? await provider.getCheckout(order.provider_reference) : null;
      if (checkout && checkout.orderId !== order.id) {
        console.error(`[payments] reconcile: order ${order.id}: the provider's checkout names another order`);
        report.errors++;
      } else if (!checkout || checkout.status === 'expired') {
        if (await closeOrder(order.id, 'expired', 'reconcile', { ...ctx, at })) report.expired++;
      } else if (checkout.status === 'failed') {
        if (await closeOrder(order.id, 'failed', 'reconcile', { ...ctx, at })) report.failed++;
      } else if (checkout.status === 'paid') {
        if (checkout.amount !== Number(order.amount)) {
          // Money taken for another amount is a case for a person, not for this job.
          console.error(`[payments] reconcile: order ${order.id} paid ${checkout.amount} at the provider, order says ${order.amount}`);
          report.errors++;
          continue;
        }
        const outcome = await settlePaidOrder(
          { orderId: order.id, amount: checkout.amount, eventId: checkout.eventId ?? null, paidAt: checkout.paidAt ? new Date(checkout.paidAt) : at, reference: checkout.reference, via: 'reconcile' },
          { ...ctx, at },
        );
        if (outcome.result === 'paid') report.paid++;
      } else {
        report.open++;
      }
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      console.error(`[payments] reconcile: order ${order.id}: ${error.message}`);
      report.errors++;
    }
  }
  return report;
}
