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
import { DEMO_STAFF } from './staff';

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

export const SEEDERS: Seeder[] = [seedStaff, seedLoveCodeDirectory];

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
