/**
 * The e-mail three days before a due date (issue 13 item 6). Imports nothing server-only and
 * takes its database and mailer as arguments, so `npm run tax:reminders` (a daily cron job) and
 * the tests run it as the server would; the mail goes through the same SMTP settings as sign-in
 * mail. Once per bill and due date: the reminder row is claimed before sending (unique), and
 * released if sending fails so the next run tries again.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { officeOf } from './data/offices';
import { addDays, rocYearOf, todayInTaipei } from '../taiwan';

export type ReminderMailer = { send(message: { to: string; subject: string; text: string }): Promise<void> };

const NAMES: Record<string, { zh: string; en: string }> = {
  house: { zh: '房屋稅', en: 'House tax' },
  land_value: { zh: '地價稅', en: 'Land value tax' },
  vehicle_licence: { zh: '使用牌照稅', en: 'Vehicle licence tax' },
  income: { zh: '綜合所得稅', en: 'Income tax' },
};

export async function sendDueReminders(db: Kysely<Database>, mailer: ReminderMailer, now: Date, origin: string): Promise<number> {
  const due = addDays(todayInTaipei(now), 3);
  const rows = await db
    .selectFrom('tax_bills as b')
    .innerJoin('users as u', 'u.id', 'b.owner_id')
    .select(['b.id', 'b.tax_type', 'b.tax_year', 'b.office_code', 'b.principal', 'u.email'])
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
    const name = NAMES[row.tax_type]!;
    const roc = rocYearOf(Number(row.tax_year));
    const amount = Number(row.principal);
    try {
      await mailer.send({
        to: row.email,
        subject: `稅務雲：${name.zh} ${roc}年 三天後到期 / ${name.en} due in 3 days`,
        text: [
          `您的${name.zh}（${roc}年，${officeOf(row.office_code).name}）繳納期限是 ${due}，應繳新臺幣 ${amount.toLocaleString('zh-TW')} 元。`,
          `查看稅單、列印繳款書：${origin}/me/tax/${row.id}`,
          '',
          `Your ${name.en.toLowerCase()} bill for ${row.tax_year} is due on ${due}: NT$ ${amount.toLocaleString('en-US')}.`,
          `${origin}/en/me/tax/${row.id}`,
          '',
          '這是示範網站的合成資料。This is synthetic data of a demonstration site.',
        ].join('\n'),
      });
      sent++;
    } catch {
      await db.deleteFrom('tax_bill_reminders').where('bill_id', '=', row.id).where('due_date', '=', due).execute();
    }
  }
  return sent;
}
