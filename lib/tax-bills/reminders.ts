/**
 * Due-date reminders: my private calendar feed (a tokenised address I can renew or revoke; only
 * the token's SHA-256 is stored) and the e-mail three days before a due date, through the same
 * mailer as sign-in mail, once per bill and due date.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { hashToken, newToken } from '@/lib/citizens/tokens';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { Mailer } from '@/lib/mail/mailer';
import { addDays, rocYearOf, todayInTaipei } from '@/lib/taiwan';
import { listBills } from './store';

type Ctx = { db?: Kysely<Database> };

/** Creates or renews my feed: the old address stops working. Returns the new token (shown once). */
export async function renewCalendarFeed(ownerId: string, ctx: Ctx = {}): Promise<string> {
  const db = await resolveDb(ctx.db);
  const token = newToken();
  await db
    .insertInto('tax_calendar_feeds')
    .values({ owner_id: ownerId, token_hash: hashToken(token) })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ token_hash: hashToken(token), created_at: new Date() }))
    .execute();
  return token;
}

export async function revokeCalendarFeed(ownerId: string, ctx: Ctx = {}): Promise<void> {
  const db = await resolveDb(ctx.db);
  await db.deleteFrom('tax_calendar_feeds').where('owner_id', '=', ownerId).execute();
}

export async function calendarFeedSince(ownerId: string, ctx: Ctx = {}): Promise<Date | null> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('tax_calendar_feeds').select('created_at').where('owner_id', '=', ownerId).executeTakeFirst();
  return row ? new Date(row.created_at) : null;
}

/** Whose feed a token opens, or null (unknown, renewed or revoked). */
export async function calendarFeedOwner(token: string, ctx: Ctx = {}): Promise<string | null> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('tax_calendar_feeds').select('owner_id').where('token_hash', '=', hashToken(token)).executeTakeFirst();
  return row?.owner_id ?? null;
}

const NAMES: Record<string, string> = { house: '房屋稅', land_value: '地價稅', vehicle_licence: '使用牌照稅', income: '綜合所得稅' };

/**
 * Mails each owner of an unpaid bill due in three days (Taipei date of `now`) one reminder; the
 * reminder row is written first (unique per bill and due date), so two runs never mail twice.
 * Returns how many were sent.
 */
export async function sendDueReminders(now: Date, mailer: Mailer, origin: string, ctx: Ctx = {}): Promise<number> {
  const db = await resolveDb(ctx.db);
  const due = addDays(todayInTaipei(now), 3);
  const rows = await db
    .selectFrom('tax_bills as b')
    .innerJoin('users as u', 'u.id', 'b.owner_id')
    .select(['b.id', 'b.owner_id', 'u.email'])
    .where('b.due_date', '=', due)
    .where('b.paid_at', 'is', null)
    .where('b.direction', '=', 'payable')
    .where('u.email_verified_at', 'is not', null)
    .where('u.disabled_at', 'is', null)
    .execute();
  let sent = 0;
  for (const row of rows) {
    if (!row.email) continue;
    const claimed = await db.insertInto('tax_bill_reminders').values({ bill_id: row.id, due_date: due }).onConflict((oc) => oc.doNothing()).returning('bill_id').executeTakeFirst();
    if (!claimed) continue;
    const bill = (await listBills(row.owner_id, {}, { db, at: now })).find((b) => b.id === row.id);
    if (!bill) continue;
    const name = NAMES[bill.taxType] ?? bill.taxType;
    try {
      await mailer.send({
        to: row.email,
        subject: `稅務雲：${name} ${rocYearOf(bill.taxYear)}年 三天後到期`,
        text: [
          `您的${name}（${rocYearOf(bill.taxYear)}年，${bill.office.name}）繳納期限是 ${due}，應繳新臺幣 ${bill.principal.toLocaleString('zh-TW')} 元。`,
          `查看稅單、列印繳款書：${origin}/me/tax/${bill.id}`,
          '',
          `Your ${bill.taxType.replace('_', ' ')} bill for ${bill.taxYear} is due on ${due}: NT$ ${bill.principal.toLocaleString('en-US')}.`,
          `${origin}/en/me/tax/${bill.id}`,
          '',
          '這是示範網站的合成資料。 This is synthetic data of a demonstration site.',
        ].join('\n'),
      });
      sent++;
    } catch {
      // Not sent: release the claim so the next run tries again.
      await db.deleteFrom('tax_bill_reminders').where('bill_id', '=', row.id).where('due_date', '=', due).execute();
    }
  }
  return sent;
}
