/** npm run db:migrate — apply pending migrations to the database chosen by DATABASE_URL. */
import { currentMigration, migrateToLatest } from '../lib/db/migrate';
import { withDatabase } from './lib/db-cli';

await withDatabase(async ({ db }) => {
  const applied = await migrateToLatest(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
  console.log(`migration version: ${await currentMigration(db)}`);
});
