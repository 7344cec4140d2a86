/**
 * Demo citizen accounts for tests, until the citizen-accounts seeder (H1, migration 0006) is on
 * main: the three demo e-mails of lib/einvoice-world/demo-plan.ts plus a stranger with no
 * carriers. Then the seed runs again, which links the demo citizens' carriers (as on start-up).
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { seedDatabase } from '@/lib/db/seed';
import { DEMO_CITIZENS } from '@/lib/einvoice-world/demo-plan';
import { TEST_SEED } from './constants';

export type TestCitizens = { ids: string[]; stranger: string };

export async function createDemoCitizens(db: Kysely<Database>): Promise<TestCitizens> {
  const emails = [...DEMO_CITIZENS.map((c) => c.email), 'stranger@taxcloud.example'];
  for (const [i, email] of emails.entries()) {
    await db
      .insertInto('users')
      .values({ email, display_name: `Test citizen ${i + 1}`, kind: 'citizen', is_demo: true })
      .onConflict((oc) => oc.column('email').doNothing())
      .execute();
  }
  await seedDatabase(db, { seed: TEST_SEED });
  const rows = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
  const id = (email: string) => rows.find((r) => r.email === email)!.id;
  return { ids: DEMO_CITIZENS.map((c) => id(c.email)), stranger: id('stranger@taxcloud.example') };
}
