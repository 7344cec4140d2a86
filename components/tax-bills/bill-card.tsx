import { formatDate, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { TaxBillDto } from '@/lib/tax-bills/dto';
import { billTitle } from './labels';
import { LateFeeBox } from './late-fee-box';

type T = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

const STATUS_STYLE: Record<TaxBillDto['status'], string> = {
  unpaid: 'bg-[#e8eef7]',
  overdue: 'bg-[#fff4e5] font-bold',
  enforcement: 'bg-[#fde8e8] font-bold',
  paid: 'bg-[#e8f5ec]',
  refund_due: 'bg-[#e8eef7]',
  refunded: 'bg-[#e8f5ec]',
};

/** One bill of the passbook: its facts, status, today's late fee and its payments/refunds. */
export function BillCard({ bill, locale, t, headingLevel = 2, links = true }: { bill: TaxBillDto; locale: Locale; t: T; headingLevel?: 2 | 3; links?: boolean }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const n = (v: number) => formatNumber(v, locale);
  const title = billTitle(bill, t, locale);
  const refund = bill.direction === 'refund';
  const payable = bill.status === 'unpaid' || bill.status === 'overdue' || bill.status === 'enforcement';
  return (
    <article className="mt-6 max-w-3xl rounded-lg border border-line p-4" aria-labelledby={`bill-${bill.id}`} data-testid="tax-bill" data-status={bill.status}>
      <H id={`bill-${bill.id}`} className="text-xl font-bold">
        {title}
      </H>
      <p className="mt-1">
        <span className={`inline-block rounded px-2 py-0.5 text-black ${STATUS_STYLE[bill.status]}`}>
          {t('statusLine', { status: t(`statuses.${bill.status}`) })}
        </span>
      </p>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('office')}</dt>
        <dd>{locale === 'en' ? bill.office.nameEn : bill.office.name}</dd>
        <dt className="font-semibold">{t('subject')}</dt>
        <dd>{locale === 'en' ? bill.subjectEn : bill.subject}</dd>
        {bill.vehicle ? (
          <>
            <dt className="font-semibold">{t('vehicle')}</dt>
            <dd>{t('vehicleCc', { cc: n(bill.vehicle.cc) })}</dd>
          </>
        ) : null}
        {bill.returnId ? (
          <>
            <dt className="font-semibold">{t('returnId')}</dt>
            <dd className="font-mono">{bill.returnId}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{refund ? t('refundAmount') : t('principal')}</dt>
        <dd>NT$ {n(bill.principal)}</dd>
        <dt className="font-semibold">{refund ? t('refundDate') : t('dueDate')}</dt>
        <dd>{formatDate(bill.dueDate, locale)}</dd>
        {payable ? (
          <>
            <dt className="font-semibold">{t('amountDueToday')}</dt>
            <dd className="font-bold" data-testid="amount-due">
              NT$ {n(bill.amountDue)}
            </dd>
          </>
        ) : null}
      </dl>
      {bill.lateFee ? <LateFeeBox fee={bill.lateFee} locale={locale} t={t} /> : null}
      <h3 className="mt-4 font-semibold">{t('events')}</h3>
      {bill.events.length === 0 ? (
        <p>{t('noEvents')}</p>
      ) : (
        <ul className="list-disc pl-6">
          {bill.events.map((e) => (
            <li key={e.kind}>
              {t(e.kind === 'payment' ? 'eventPayment' : 'eventRefund', {
                date: formatDate(new Date(e.at), locale),
                amount: n(e.amount),
                channel: t.has?.(`channels.${e.channel}`) === false ? e.channel : t(`channels.${e.channel}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {links ? (
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`/me/tax/${bill.id}`} aria-label={`${t('details')} (${title})`}>
            {t('details')}
          </Link>
          {payable ? (
            <Link href={`/me/tax/${bill.id}/slip`} aria-label={`${t('printSlip')} (${title})`}>
              {t('printSlip')}
            </Link>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
