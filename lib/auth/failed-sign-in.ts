/**
 * What a sign-in form says after a refused attempt, for staff and citizens alike: locked (with
 * the minutes left), or wrong credentials with a warning when 3 or fewer attempts remain, or
 * "unavailable" when the database cannot tell.
 */
import 'server-only';
import { headers } from 'next/headers';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { minutesToWait } from '@/lib/rate-limit/policies';
import { isSignInUnavailable } from './unavailable';

type Status = { locked: boolean; retryAfterSeconds: number; attemptsLeft: number };
type Translate = (key: string, values?: Record<string, string | number>) => string;

export async function failedSignInMessage(t: Translate, statusOf: (ip: string | null) => Promise<Status>): Promise<string> {
  const meta = requestMetaFrom(await headers());
  const status = await statusOf(meta.ip).catch((cause: unknown) => {
    if (isSignInUnavailable(cause)) return null;
    throw cause;
  });
  if (!status) return t('signInUnavailable');
  if (status.locked) return t('lockedOut', { minutes: minutesToWait(status.retryAfterSeconds) });
  const warning = status.attemptsLeft > 0 && status.attemptsLeft <= 3 ? ` ${t('attemptsLeft', { count: status.attemptsLeft })}` : '';
  return `${t('invalidCredentials')}${warning}`;
}
