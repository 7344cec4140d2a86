/**
 * The e-mails citizens receive, in the language of the page they used. Texts come from
 * content/messages (Mail.*) like every other string; this only fills them in. Pure.
 */
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import type { Locale } from '@/lib/i18n/routing';
import type { MailMessage } from '@/lib/mail/mailer';

const MAIL = { 'zh-Hant-TW': zh.Mail, en: en.Mail } as const;

type Texts = (typeof MAIL)['en'];
export type MailKind = 'confirm' | 'existing' | 'existingStaff' | 'reset' | 'codeChanged';

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const SUBJECT: Record<MailKind, keyof Texts> = {
  confirm: 'confirmSubject',
  existing: 'existingSubject',
  existingStaff: 'existingSubject',
  reset: 'resetSubject',
  codeChanged: 'codeChangedSubject',
};
const BODY: Record<MailKind, keyof Texts> = {
  confirm: 'confirmBody',
  existing: 'existingBody',
  existingStaff: 'existingStaffBody',
  reset: 'resetBody',
  codeChanged: 'codeChangedBody',
};

export function composeMail(kind: MailKind, locale: Locale, to: string, values: Record<string, string | number>): MailMessage {
  const texts = MAIL[locale];
  const body = [fill(texts[BODY[kind]], values), '', texts.footer].join('\n');
  return { to, subject: fill(texts[SUBJECT[kind]], values), text: body };
}
