/**
 * npm run tax:reminders — mails every citizen whose unpaid bill is due in three days (lib/tax-bills/
 * reminder-job.ts), once per bill. It uses the same SMTP_URL and
 * MAIL_FROM as sign-in mail. The server runs the same job hourly by itself (lib/jobs/server-jobs.ts);
 * this command is for a scheduler. With the embedded database, run it only while the server is stopped.
 */
import { createTransport } from 'nodemailer';
import { now } from '../lib/clock';
import { parseEnv } from '../lib/env';
import { sendDueReminders } from '../lib/tax-bills/reminder-job';
import { withDatabase } from './lib/db-cli';

const env = parseEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' });
if (!env.SMTP_URL) {
  console.error('error: SMTP_URL is not set, so no reminder can be mailed.');
  process.exit(1);
}
const transport = createTransport(env.SMTP_URL, { from: env.MAIL_FROM });

await withDatabase(async ({ db }) => {
  const sent = await sendDueReminders(db, { send: async (m) => void (await transport.sendMail({ ...m, from: env.MAIL_FROM })) }, now(), env.APP_URL.replace(/\/$/, ''));
  console.log(`tax reminders sent: ${sent}`);
});
