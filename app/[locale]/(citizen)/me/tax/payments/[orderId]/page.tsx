import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DemoDataNote } from '@/components/citizen/demo-data-note';
import { requireCitizenPage } from '@/lib/auth/principal';
import { formatDateTime, formatDeadline, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { getOwnOrder } from '@/lib/payments/store';

// Personal: rendered for each request, never cached or prerendered.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; orderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Payments' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const PANEL: Record<string, string> = {
  pending: 'border-[#b45309] bg-[#fff7e6]',
  paid: 'border-success bg-[#e8f5ec]',
  failed: 'border-danger bg-[#fdf3f2]',
  expired: 'border-muted bg-[#f3f4f6]',
};

/** Where the provider sends the citizen back: what became of the payment, and the receipt once paid. */
export default async function PaymentOrderPage({ params }: Props) {
  const { locale: raw, orderId } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const citizen = await requireCitizenPage(locale, `/me/tax/payments/${encodeURIComponent(orderId)}`);
  // A malformed id, someone else's order and a missing one all look the same: not found.
  const order = await getOwnOrder(citizen.id, orderId);
  if (!order) notFound();
  const t = await getTranslations({ locale, namespace: 'Payments' });
  const body = { pending: 'pendingBody', paid: 'paidBody', failed: 'failedBody', expired: 'expiredBody' }[order.status];

  return (
    <div>
      <p>
        <Link href="/me/tax">{t('backToTax')}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{t('title')}</h1>
      <DemoDataNote text={t('synthetic')} />

      <section className={`mt-6 max-w-3xl rounded-lg border-l-8 p-4 ${PANEL[order.status]}`} aria-labelledby="payment-status">
        <h2 id="payment-status" className="text-2xl font-bold">
          {t(`status_${order.status}`)}
        </h2>
        <p className="mt-2">{t(body)}</p>
        {order.status === 'paid' && order.billSettled === false ? <p className="mt-2 font-semibold">{t('refundDue')}</p> : null}
        {order.status === 'pending' ? (
          <>
            {order.checkoutUrl ? <p className="mt-2">{t('pendingExpires', { time: formatDeadline(order.expiresAt, locale) })}</p> : null}
            <p className="mt-3 flex flex-wrap gap-4">
              {order.checkoutUrl ? (
                <a className="btn" href={order.checkoutUrl}>
                  {t('continue')}
                </a>
              ) : null}
              <Link href={`/me/tax/payments/${order.id}`}>{t('checkAgain')}</Link>
            </p>
          </>
        ) : null}
        {order.receipt ? (
          <p className="mt-3">
            <a className="font-semibold" href={`/api/v1/me/tax/payments/${order.id}/receipt.pdf`}>
              {t('receiptLink')}
            </a>
          </p>
        ) : null}
      </section>

      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('description')}</dt>
        <dd>{order.description}</dd>
        <dt className="font-semibold">{t('amount')}</dt>
        <dd>NT$ {formatNumber(order.amount, locale)}</dd>
        <dt className="font-semibold">{t('statusLabel')}</dt>
        <dd>{t(`status_${order.status}`)}</dd>
        <dt className="font-semibold">{t('createdAt')}</dt>
        <dd>{formatDateTime(order.createdAt, locale)}</dd>
        {order.status === 'paid' && order.settledAt ? (
          <>
            <dt className="font-semibold">{t('paidAt')}</dt>
            <dd>{formatDateTime(order.settledAt, locale)}</dd>
          </>
        ) : null}
        {order.receipt ? (
          <>
            <dt className="font-semibold">{t('receiptNumber')}</dt>
            <dd className="font-mono">{order.receipt.number}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
