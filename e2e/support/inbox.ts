/**
 * The run's local inbox (MailDev, started by playwright.config.ts): the mail the portal sent,
 * read over MailDev's REST API (GET /api/email), as a person would read it in the web inbox.
 */
import { expect } from '@playwright/test';

type Email = { to?: { address: string }[]; subject?: string; text?: string };

/** Waits for the newest mail to `address` whose subject matches, and returns its text. */
export async function readMail(address: string, subject: RegExp | string): Promise<string> {
  const base = process.env.E2E_MAIL_WEB_URL;
  if (!base) throw new Error('E2E_MAIL_WEB_URL is not set (playwright.config.ts starts MailDev)');
  let text = '';
  await expect
    .poll(
      async () => {
        const response = await fetch(`${base}/api/email`);
        const emails = (await response.json()) as Email[];
        const mine = emails.filter(
          (e) => e.to?.some((to) => to.address === address) && (typeof subject === 'string' ? e.subject === subject : subject.test(e.subject ?? '')),
        );
        text = mine.at(-1)?.text ?? '';
        return text;
      },
      { message: `mail "${subject}" to ${address}`, timeout: 15_000 },
    )
    .not.toBe('');
  return text;
}

/** The path and query of the first link to this site in a mail (the origin is the server's APP_URL). */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${path.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`No link to ${path} in:\n${text}`);
  return match[1]!;
}
