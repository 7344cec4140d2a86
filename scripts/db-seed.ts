/** npm run db:seed — deterministic demo data (SEED, default 20261122); migrates first. */
import { parseEnv } from '../lib/env';
import { migrateToLatest } from '../lib/db/migrate';
import { seedDatabase } from '../lib/db/seed';
import { withDatabase } from './lib/db-cli';

await withDatabase(async ({ db }) => {
  await migrateToLatest(db);
  const { SEED } = parseEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' });
  await seedDatabase(db, { seed: SEED, log: (line) => console.log(line) });
  console.log(`seed ${SEED}: done`);
});
