/**
 * npm run accounts:purge — removes the citizen accounts whose deletion grace period has ended
 * (lib/my-data/purge.ts). The server also does this on start and every hour; this is for a
 * scheduled job beside a server database. With the embedded database, run it only while the
 * server is stopped (one process at a time may open it).
 */
import { now } from '../lib/clock';
import { purgeDueAccounts } from '../lib/my-data/purge';
import { withDatabase } from './lib/db-cli';

await withDatabase(async ({ db }) => {
  const purged = await purgeDueAccounts(db, now());
  console.log(`accounts purged: ${purged.length}`);
});
