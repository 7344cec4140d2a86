/**
 * npm run payments:sandbox — the sandbox payment provider as its own process (lib/payments/sandbox.ts):
 * the "bank's" page where a citizen approves or declines, signed callbacks to the portal and a
 * status endpoint for reconciliation. `npm start` and the end-to-end tests start it; no money moves.
 *
 *   PAYMENT_SANDBOX_PORT     port to listen on (default 3090), on 127.0.0.1
 *   PAYMENT_WEBHOOK_SECRET   the secret shared with the portal (at least 32 characters)
 *   PAYMENT_SANDBOX_URL      its address as browsers reach it (default http://127.0.0.1:<port>)
 *   TAX_CLOUD_NOW            tests only: the day the portal is fixed to, so checkouts expire on its clock
 */
import { now } from '../lib/clock';
import { createSandbox } from '../lib/payments/sandbox';

const port = Number(process.env.PAYMENT_SANDBOX_PORT ?? 3090);
const secret = process.env.PAYMENT_WEBHOOK_SECRET ?? '';
if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
  console.error('[sandbox] PAYMENT_SANDBOX_PORT must be a port number, like 3090.');
  process.exit(1);
}
if (secret.length < 32) {
  console.error('[sandbox] PAYMENT_WEBHOOK_SECRET must be set to the portal’s secret (at least 32 characters).');
  process.exit(1);
}
const quiet = process.env.PAYMENT_SANDBOX_QUIET === '1';
const sandbox = createSandbox({ secret, now, publicUrl: process.env.PAYMENT_SANDBOX_URL, log: quiet ? undefined : (line) => console.log(`[sandbox] ${line}`) });
sandbox.server.on('error', (error) => {
  console.error(`[sandbox] cannot listen on port ${port}: ${(error as Error).message}`);
  process.exit(1);
});
const url = await sandbox.listen(port);
console.log(`[sandbox] payment sandbox on ${url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void sandbox.close().then(() => process.exit(0)));
