// GET /api/v1/tax/calendar/{token}.ics – a citizen's private calendar of unpaid due dates; the token is the only key (404 once renewed or revoked).
import { ApiError } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { TOKEN_PATTERN } from '@/lib/citizens/tokens';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { rocYearOf } from '@/lib/taiwan';
import { dueDatesCalendar } from '@/lib/tax-bills/ical';
import { calendarFeedOwner } from '@/lib/tax-bills/reminders';
import { listBills } from '@/lib/tax-bills/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const NAMES: Record<string, string> = { house: '房屋稅', land_value: '地價稅', vehicle_licence: '使用牌照稅', income: '綜合所得稅' };

export const GET = routeHandler<'public', undefined, { token: string }>({ auth: 'public' }, async ({ params }) => {
  const token = params.token.replace(/\.ics$/, '');
  const owner = TOKEN_PATTERN.test(token) ? await calendarFeedOwner(token) : null;
  if (!owner) throw new ApiError('not_found', 'No calendar at this address (it may have been renewed or revoked).', undefined, {
      'Cache-Control': 'private, no-store',
    });
  const origin = env().APP_URL.replace(/\/$/, '');
  const bills = (await listBills(owner)).filter((b) => b.amountDue > 0);
  const body = dueDatesCalendar(
    bills.map((b) => ({ id: b.id, title: `${NAMES[b.taxType]} ${rocYearOf(b.taxYear)}年 繳納期限`, dueDate: b.dueDate, amount: b.amountDue, url: `${origin}/me/tax/${b.id}` })),
    now(),
    '稅務雲 繳稅期限',
  );
  return new Response(body, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' },
  });
});

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
