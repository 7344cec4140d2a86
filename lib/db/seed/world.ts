/**
 * The demo citizens' synthetic world (lib/einvoice-world): their carriers and invoices up to
 * today (lib/clock.ts), linked to the citizen accounts seeded before it. Runs after the account
 * seeders; a citizen not there yet is linked on a later run.
 */
import type { Kysely } from 'kysely';
import { now } from '../../clock';
import { seedDemoWorld } from '../../einvoice-world/world-store';
import type { Database } from '../schema';
import type { Random } from './random';

export const seedWorld = {
  name: 'demo-world invoices',
  async run(db: Kysely<Database>, random: Random): Promise<number> {
    const result = await seedDemoWorld(db, { seed: random.int(0, 2 ** 31 - 1), at: now() });
    return result.invoices;
  },
};
