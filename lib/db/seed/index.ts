/**
 * Deterministic demo data: the same rows on every run for the same seed. Idempotent, so it
 * can run on every start of the embedded database and again by `npm run db:seed`.
 * Later features add their own seeders to `SEEDERS`.
 */
import type { Kysely } from 'kysely';
import { hashPassword } from '../../auth/password';
import type { Database } from '../schema';
import { seedLoveCodes } from './love-codes';
import { createRandom, type Random } from './random';
import { DEMO_CITIZENS, DEMO_CONFIRMED_AT } from './citizens';
import { DEMO_STAFF } from './staff';
import { seedTaxBills } from './tax-bills';
import { seedWorld } from './world';
import { seedDemoApp } from './developer-apps';
import { seedForum } from './forum';

type Seeder = { name: string; run(db: Kysely<Database>, random: Random): Promise<number> };

const seedStaff: Seeder = {
  name: 'staff accounts',
  async run(db, random) {
    for (const staff of DEMO_STAFF) {
      // The salt comes from the seeded PRNG so that the stored hash, too, is the same every run.
      const passwordHash = await hashPassword(staff.password, random.bytes(16));
      const user = await db
        .insertInto('users')
        .values({ email: staff.email, display_name: staff.name, kind: 'staff', password_hash: passwordHash, is_demo: true })
        .onConflict((oc) =>
          oc.column('email').doUpdateSet({ display_name: staff.name, password_hash: passwordHash, kind: 'staff', is_demo: true }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('user_roles')
        .values(staff.roles.map((role) => ({ user_id: user.id, role })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return DEMO_STAFF.length;
  },
};

const seedLoveCodeDirectory: Seeder = { name: 'love-code organisations (synthetic)', run: (db) => seedLoveCodes(db) };
/** Citizens first: features that give them carriers and invoices find them by mobile barcode. */
const seedCitizens: Seeder = {
  name: 'citizen accounts',
  async run(db, random) {
    for (const citizen of DEMO_CITIZENS) {
      const codeHash = await hashPassword(citizen.code, random.bytes(16));
      const row = {
        display_name: citizen.barcode,
        kind: 'citizen' as const,
        password_hash: codeHash,
        mobile_barcode: citizen.barcode,
        email_verified_at: DEMO_CONFIRMED_AT,
        is_demo: true,
      };
      await db
        .insertInto('users')
        .values({ email: citizen.email, ...row })
        .onConflict((oc) => oc.column('email').doUpdateSet(row))
        .execute();
    }
    return DEMO_CITIZENS.length;
  },
};

// Append only: each seeder's random stream follows from its position.
// The world follows the accounts: it links carriers to the accounts seeded before it.
const seedTaxPassbook: Seeder = { name: 'tax bills (synthetic)', run: (db) => seedTaxBills(db) };
/** Forum categories, and a few synthetic threads by the demo citizens (issue 14). */
const seedForumThreads: Seeder = { name: 'forum categories and threads (synthetic)', run: seedForum };

const seedDeveloperApps: Seeder = { name: 'open API demo app', run: (db) => seedDemoApp(db) };

export const SEEDERS: Seeder[] = [seedStaff, seedCitizens, seedWorld, seedLoveCodeDirectory, seedTaxPassbook, seedForumThreads, seedDeveloperApps];

export async function seedDatabase(
  db: Kysely<Database>,
  options: { seed: number; log?: (line: string) => void },
): Promise<void> {
  // One PRNG stream per seeder, so adding a seeder never changes the data of the others.
  for (const [index, seeder] of SEEDERS.entries()) {
    const count = await seeder.run(db, createRandom(options.seed + index * 7919));
    options.log?.(`seeded ${count} ${seeder.name}`);
  }
}
