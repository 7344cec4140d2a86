/**
 * E-mail for an official answer, to the proposer and followers who have a confirmed address,
 * through the site's one mail path (lib/mail). The in-app notification is already written, so
 * a mail that cannot be sent is logged and never fails the answer.
 */
import 'server-only';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { env } from '@/lib/env';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { getMailer } from '@/lib/mail/mailer';
import { getThread, mailAddressesOf } from './store';

export async function mailAnswerNotifications(threadId: number, userIds: readonly string[], locale: Locale): Promise<number> {
  const mailer = await getMailer();
  if (!mailer || userIds.length === 0) return 0;
  const [addresses, thread] = await Promise.all([mailAddressesOf(userIds), getThread(threadId)]);
  if (!thread) return 0;
  const M = (locale === 'en' ? en : zh).Forum;
  const link = new URL(localePath(locale, `/forum/${threadId}`), env().APP_URL).toString();
  let sent = 0;
  for (const to of addresses) {
    try {
      await mailer.send({ to, subject: M.mailAnswerSubject.replace('{title}', thread.title), text: M.mailAnswerBody.replace('{title}', thread.title).replace('{link}', link) });
      sent++;
    } catch (error) {
      console.error('[forum] answer mail not sent:', (error as Error)?.name);
    }
  }
  return sent;
}
