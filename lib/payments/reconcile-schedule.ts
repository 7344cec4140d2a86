/**
 * The server's own reconciliation run (instrumentation.ts), like the accounts purge: shortly
 * after start, then every hour. A failed run is logged and tried again at the next tick.
 */
import { reconcilePendingOrders } from './reconcile';

const FIRST_RUN_MS = 20_000;
const EVERY_MS = 60 * 60 * 1000;

async function run(): Promise<void> {
  try {
    const report = await reconcilePendingOrders();
    if (report.checked) console.log(`[payments] reconciled ${report.checked} pending order(s): ${report.paid} paid, ${report.failed} failed, ${report.expired} expired, ${report.open} open, ${report.errors} errors`);
  } catch (error) {
    console.warn('[payments] reconciliation did not run:', (error as Error)?.name, (error as Error)?.message);
  }
}

export function scheduleReconciliation(): void {
  setTimeout(() => void run(), FIRST_RUN_MS).unref();
  setInterval(() => void run(), EVERY_MS).unref();
}
