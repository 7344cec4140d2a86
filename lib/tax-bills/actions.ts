'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { recordAudit } from '@/lib/audit';
import { env } from '@/lib/env';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { rocYearOf } from '@/lib/taiwan';
import { staffLookupSchema } from './schemas';
import { renewCalendarFeed, revokeCalendarFeed } from './reminders';
import { staffLookupBills } from './store';

/**
 * A tax official's lookup of a citizen's bills (auth 'tax:lookup'): only with a reason, which is
 * audited against the citizen's account. The rows come back formatted for the page, nothing more.
 */
export const staffTaxLookupAction = validatedAction(
  { auth: 'tax:lookup', schema: staffLookupSchema, namespace: 'TaxBills.staff', keep: ['barcode', 'reason'] },
  async (input, { t, locale, principal }): Promise<ActionState> => {
    const found = await staffLookupBills({ id: principal.id, label: principal.email || principal.name }, input.barcode, input.reason, {
      meta: requestMetaFrom(await headers()),
    });
    if (!found) return { errors: { barcode: [t('notFound')] } };
    const rows = found.bills.map((b) => ({
      id: b.id,
      tax: b.taxType,
      year: locale === 'en' ? String(b.taxYear) : `${rocYearOf(b.taxYear)}年`,
      office: locale === 'en' ? b.office.nameEn : b.office.name,
      amount: formatNumber(b.principal, locale),
      due: formatDate(b.dueDate, locale),
      dueToday: formatNumber(b.amountDue, locale),
      status: b.status,
    }));
    return { ok: true, data: { rows, count: rows.length } };
  },
);

/**
 * My calendar address: 'renew' creates one or replaces it (the old one stops working; the new one
 * is shown once), 'revoke' ends it.
 */
export const calendarFeedAction = validatedAction(
  { auth: 'citizen', schema: z.object({ op: z.enum(['renew', 'revoke'], 'op') }), namespace: 'TaxBills.reminders' },
  async ({ op }, { t, principal }): Promise<ActionState> => {
    const actor = { id: principal.id, label: principal.email || principal.name };
    const meta = requestMetaFrom(await headers());
    if (op === 'revoke') {
      await revokeCalendarFeed(principal.id);
      await recordAudit({ actor, action: 'tax.calendar_revoke', meta });
      refresh();
      return { ok: true, data: { message: t('revoked') } };
    }
    const token = await renewCalendarFeed(principal.id);
    await recordAudit({ actor, action: 'tax.calendar_renew', meta });
    refresh();
    return { ok: true, data: { url: `${env().APP_URL.replace(/\/$/, '')}/api/v1/tax/calendar/${token}.ics`, message: t('renewed') } };
  },
);
