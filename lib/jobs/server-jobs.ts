/**
 * The jobs this server runs by itself (instrumentation.ts starts them): the account deletion
 * purge, payment reconciliation and the due-date reminder e-mails. `npm run accounts:purge`,
 * `payments:reconcile` and `tax:reminders` run the same functions from a scheduler instead.
 */
import 'server-only';
import { now } from '../clock';
import { getDb } from '../db';
import { env } from '../env';
import { getMailer } from '../mail/mailer';
import { purgeDueAccounts } from '../my-data/purge';
import { reconcilePendingOrders } from '../payments/reconcile';
import { sendDueReminders } from '../tax-bills/reminder-job';
import type { ServerJob } from './schedule';

const HOUR = 60 * 60 * 1000;

export const SERVER_JOBS: readonly ServerJob[] = [
  {
    // A deletion happens within the hour after its date.
    name: 'accounts',
    firstRunMs: 15_000,
    everyMs: HOUR,
    async run() {
      const purged = await purgeDueAccounts(await getDb(), now());
      return purged.length ? `purged ${purged.length} account(s) after their deletion grace period` : null;
    },
  },
  {
    // Payments whose provider callback never came are asked about at the provider.
    name: 'payments',
    firstRunMs: 20_000,
    everyMs: HOUR,
    async run() {
      const r = await reconcilePendingOrders();
      return r.checked ? `reconciled ${r.checked} pending order(s): ${r.paid} paid, ${r.failed} failed, ${r.expired} expired, ${r.open} open, ${r.errors} errors` : null;
    },
  },
  {
    // Three days before a due date; once per bill and due date, so hourly ticks mail nothing twice.
    name: 'tax-reminders',
    firstRunMs: 25_000,
    everyMs: HOUR,
    async run() {
      const mailer = await getMailer();
      if (!mailer) return null;
      const sent = await sendDueReminders(await getDb(), mailer, now(), env().APP_URL.replace(/\/$/, ''));
      return sent ? `sent ${sent} due-date reminder(s)` : null;
    },
  },
];
