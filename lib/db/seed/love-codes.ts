/**
 * Seeds the synthetic love-code directory (lib/donations/directory.ts). Idempotent: names are
 * brought back to the directory's on every run, and no randomness is used.
 */
import type { Kysely } from 'kysely';
import { LOVE_CODE_DIRECTORY } from '../../donations/directory';
import type { Database } from '../schema';

export async function seedLoveCodes(db: Kysely<Database>): Promise<number> {
  await db
    .insertInto('love_code_organisations')
    .values(LOVE_CODE_DIRECTORY.map((e) => ({ code: e.code, name: e.name, name_en: e.nameEn, synthetic: true })))
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), name_en: eb.ref('excluded.name_en'), synthetic: true })),
    )
    .execute();
  return LOVE_CODE_DIRECTORY.length;
}
