/**
 * The server's own purge run (instrumentation.ts): once shortly after start, then every hour,
 * so a deletion happens within the hour after its date even where no scheduled job is set up.
 * A failed run is logged and tried again at the next tick; it never stops the server.
 */
import { now } from '../clock';
import { getDb } from '../db';
import { purgeDueAccounts } from './purge';

const FIRST_RUN_MS = 15_000;
const EVERY_MS = 60 * 60 * 1000;

async function run(): Promise<void> {
  try {
    const purged = await purgeDueAccounts(await getDb(), now());
    if (purged.length) console.log(`[accounts] purged ${purged.length} account(s) after their deletion grace period`);
  } catch (error) {
    console.warn('[accounts] the deletion purge did not run:', (error as Error)?.name, (error as Error)?.message);
  }
}

export function schedulePurge(): void {
  setTimeout(() => void run(), FIRST_RUN_MS).unref();
  setInterval(() => void run(), EVERY_MS).unref();
}
