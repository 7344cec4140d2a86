/**
 * Outgoing mail. One `Mailer` interface: nodemailer over SMTP in the app (SMTP_URL, lib/env.ts),
 * a recording mailer in tests. With no SMTP configured there is no mailer at all, and callers
 * tell the user that mail cannot be sent now: a message is never dropped silently.
 */
import 'server-only';
import { env } from '@/lib/env';

export type MailMessage = { to: string; subject: string; text: string };

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Sending failed or no mail is configured: the caller says "e-mail is unavailable, try later". */
export class MailUnavailableError extends Error {
  override name = 'MailUnavailableError';
}

let override: Mailer | null | undefined;
let smtp: Promise<Mailer> | undefined;

/** Tests: record messages instead of sending (pass undefined to go back to the environment's). */
export function setMailerForTests(mailer: Mailer | null | undefined): void {
  override = mailer;
}

/** The configured mailer, or null when none is (the caller must say so). */
export async function getMailer(): Promise<Mailer | null> {
  if (override !== undefined) return override;
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  smtp ??= import('nodemailer').then(({ createTransport }) => {
    // Query options in the URL (e.g. ?ignoreTLS=true for a local catcher) become transport options.
    const transport = createTransport(SMTP_URL, { from: MAIL_FROM });
    return {
      async send(message: MailMessage) {
        try {
          await transport.sendMail({ ...message, from: MAIL_FROM });
        } catch (cause) {
          console.error('[mail] sending failed:', (cause as Error)?.name, (cause as { code?: string })?.code);
          throw new MailUnavailableError('Sending mail failed', { cause });
        }
      },
    };
  });
  return smtp;
}

/** Throws MailUnavailableError when no mail can be sent; call before doing work that needs a mail. */
export async function requireMailer(): Promise<Mailer> {
  const mailer = await getMailer();
  if (!mailer) throw new MailUnavailableError('No SMTP_URL is configured');
  return mailer;
}

/** A mailer that keeps what it was given, for tests. */
export function recordingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
  };
}
