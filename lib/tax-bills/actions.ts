'use server';

import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { headers } from 'next/headers';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { rocYearOf } from '@/lib/taiwan';
import { staffLookupSchema } from './schemas';
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
