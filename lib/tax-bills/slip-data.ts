/**
 * A citizen's slip for one bill (page and PDF): the bill from the store (owner in the query) and
 * the slip terms for today. Null when the bill is not theirs; `terms` null when nothing is payable.
 */
import 'server-only';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { todayInTaipei } from '@/lib/taiwan';
import { billIdSchema } from './schemas';
import { slipTerms, type SlipTerms } from './slip-terms';
import { getBill } from './store';

export async function slipFor(ownerId: string, rawId: string) {
  const id = billIdSchema.safeParse(rawId);
  const bill = id.success ? await getBill(ownerId, id.data) : null;
  if (!bill) return null;
  const today = todayInTaipei(now());
  const terms: SlipTerms | null = slipTerms(bill, today, env().APP_URL.replace(/\/$/, ''));
  return { bill, terms, today };
}
