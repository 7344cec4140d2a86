import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { PayNowForm } from './pay-now-form';

/**
 * "Pay online" for one unpaid bill, for the passbook's pages (server component). `amountDue` is
 * only the label: the order's amount is worked out again on the server when the citizen presses it.
 */
export async function PayNowButton({ locale, billId, amountDue }: { locale: Locale; billId: string; amountDue?: number }) {
  const t = await getTranslations({ locale, namespace: 'Payments' });
  const submit = amountDue === undefined ? t('payNow') : t('payNowFor', { amount: `NT$ ${formatNumber(amountDue, locale)}` });
  return <PayNowForm locale={locale} billId={billId} idempotencyKey={randomUUID()} labels={{ submit, hint: t('payNowHint'), starting: t('starting') }} />;
}
