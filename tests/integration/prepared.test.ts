import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared } from '@/lib/db/prepared';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const byEmail = prepared((db, { email }: { email: string }) => db.selectFrom('users').select(['email', sql<number>`${41} + 1`.as('answer')]).where('email', '=', email));

describe('prepared statements (lib/db/prepared.ts)', () => {
  it('compiles once and runs each call with its own values, as bound parameters', async () => {
    const [a, b] = await t.db.selectFrom('users').select('email').where('email', 'is not', null).orderBy('email').limit(2).execute();
    const first = await t.db.executeQuery(byEmail(t.db, { email: a!.email! }));
    const second = await t.db.executeQuery(byEmail(t.db, { email: b!.email! }));
    expect(first.rows).toEqual([{ email: a!.email, answer: 42 }]);
    expect(second.rows).toEqual([{ email: b!.email, answer: 42 }]);
    // The text is the same for every call and holds no value; constants stay as parameters too.
    expect(byEmail.text(t.db)).toMatch(/"email" = \$2/);
    expect(byEmail(t.db, { email: 'x@example.com' }).parameters).toEqual([41, 'x@example.com']);
    expect(byEmail.text(t.db)).not.toContain('x@example.com');
  });

  it('refuses a call without one of its values', () => {
    expect(() => byEmail(t.db, {} as { email: string })).toThrow(/no value for email/);
  });

  it('refuses a value written into the SQL text instead of bound', () => {
    const bad = prepared((db, { email }: { email: string }) => db.selectFrom('users').select('id').where(sql.raw<boolean>(`email = '${email}'`)));
    expect(() => bad(t.db, { email: 'x@example.com' })).toThrow(/written into the SQL text/);
  });
});
