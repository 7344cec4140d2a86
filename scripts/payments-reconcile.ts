/**
 * npm run payments:reconcile — asks the payment provider about orders still pending after
 * PAYMENT_RECONCILE_AFTER_MINUTES (default 15) and settles them (lib/payments/reconcile.ts). The
 * server also does this on start and every hour; this is for a scheduled job beside a server
 * database. With the embedded database, run it only while the server is stopped.
 *
 * Run under the react-server condition (see package.json): the payment modules are server-only.
 */
import { reconcilePendingOrders } from '../lib/payments/reconcile';
import { withDatabase } from './lib/db-cli';

await withDatabase(async ({ db }) => {
  const report = await reconcilePendingOrders({ db });
  console.log(`payment orders checked: ${report.checked}, paid: ${report.paid}, failed: ${report.failed}, expired: ${report.expired}, still open: ${report.open}, errors: ${report.errors}`);
  if (report.errors) process.exitCode = 1;
});
