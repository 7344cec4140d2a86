import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { code39Svg, qrSvg } from '@/lib/barcodes/svg';
import { requireCitizenPage } from '@/lib/auth/principal';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { carrierLabel, printedNumber } from '@/lib/invoices/labels';
import { proofCodesOf } from '@/lib/invoices/proof-codes';
import { invoiceNumberSchema } from '@/lib/invoices/schemas';
import { getInvoice } from '@/lib/invoices/store';
import { periodLabel, periodOrThrow } from '@/lib/lottery/period';

// Personal: rendered for each request, never cached or prerendered.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string; number: string }> };

export default async function MyInvoicePage({ params }: Props) {
  const { locale: raw, number: rawNumber } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const citizen = await requireCitizenPage(locale, `/me/invoices/${encodeURIComponent(rawNumber)}`);
  const parsed = invoiceNumberSchema.safeParse(decodeURIComponent(rawNumber));
  // A malformed number, someone else's invoice and a missing one all look the same: not found.
  const invoice = parsed.success ? await getInvoice(citizen.id, parsed.data) : null;
  if (!invoice) notFound();
  const codes = proofCodesOf(invoice);
  const t = await getTranslations({ locale, namespace: 'MyInvoices' });
  const period = periodOrThrow(invoice.period);
  const payout = invoice.prize && invoice.payout !== 'not_applicable' ? t(`payout.${invoice.payout}`) : null;

  return (
    <div>
      <p>
        <Link href={`/me/invoices?period=${invoice.period}`}>{t('back', { period: periodLabel(period, locale) })}</Link>
      </p>
      <h1 className="mt-3 font-mono text-3xl font-bold">{printedNumber(invoice.number)}</h1>
      <p className="mt-2 text-muted">{t('synthetic')}</p>

      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('date')}</dt>
        <dd>
          {formatDate(invoice.issuedAt.slice(0, 10), locale)} {invoice.issuedAt.slice(11, 16)}
        </dd>
        <dt className="font-semibold">{t('period')}</dt>
        <dd>{periodLabel(period, locale)}</dd>
        <dt className="font-semibold">{t('sellerColumn')}</dt>
        <dd>
          {invoice.seller.name}（{t('ban', { ban: invoice.seller.ban })}，{locale === 'en' ? invoice.seller.countyEn : invoice.seller.county}
          {locale === 'en' ? '' : invoice.seller.township}）
        </dd>
        <dt className="font-semibold">{t('carrier')}</dt>
        <dd>{carrierLabel(invoice.carrier, locale)}</dd>
        <dt className="font-semibold">{t('amount')}</dt>
        <dd>NT$ {formatNumber(invoice.amount, locale)}</dd>
        {invoice.randomCode ? (
          <>
            <dt className="font-semibold">{t('randomCode')}</dt>
            <dd className="font-mono">{invoice.randomCode}</dd>
          </>
        ) : null}
      </dl>

      <section className="mt-8 max-w-3xl" aria-labelledby="prize-heading">
        <h2 id="prize-heading" className="text-2xl font-bold">
          {t('prizeHeading')}
        </h2>
        {invoice.prize ? (
          <div className="mt-3 rounded-lg border-l-8 border-success bg-[#e8f5ec] p-4">
            <p className="font-semibold">
              {t('won', { prize: locale === 'en' ? invoice.prize.nameEn : invoice.prize.name, amount: formatNumber(invoice.prize.amount, locale) })}
            </p>
            <p className="mt-1">{t('claimWindow', { from: formatDate(invoice.draw.claimFrom, locale), to: formatDate(invoice.draw.claimTo, locale) })}</p>
            <p className="mt-1">{payout}</p>
          </div>
        ) : (
          <p className="mt-3">
            {invoice.draw.state === 'not_drawn'
              ? t('notDrawn', { date: formatDate(invoice.draw.drawDate, locale) })
              : invoice.draw.state === 'awaiting_numbers'
                ? t('awaiting')
                : t('noPrize')}
          </p>
        )}
      </section>

      <section className="mt-8" aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-2xl font-bold">
          {t('itemsHeading')}
        </h2>
        <DataTable label={t('itemsHeading')} className="max-w-3xl" testId="invoice-items">
          <thead>
            <tr>
              <th scope="col">{t('item')}</th>
              <th scope="col" className="num">
                {t('amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.items.map((item, i) => (
              <tr key={i}>
                <th scope="row" className="cell-prose font-normal">
                  {locale === 'en' ? item.nameEn : item.name}
                </th>
                <td className="num">{formatNumber(item.amount, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              <td className="num font-semibold">{formatNumber(invoice.amount, locale)}</td>
            </tr>
          </tfoot>
        </DataTable>
      </section>

      {codes ? (
        <section className="mt-8 max-w-3xl" aria-labelledby="codes-heading">
          <h2 id="codes-heading" className="text-2xl font-bold">
            {t('codesHeading')}
          </h2>
          <p className="mt-2">{t('codesLead')}</p>
          <div className="mt-4 flex flex-wrap items-start gap-6 rounded-md border border-line bg-white p-4 text-black">
            <figure className="w-full max-w-sm">
              <div
                role="img"
                aria-label={t('barcodeAlt', { text: codes.barcode })}
                className="[&>svg]:h-auto [&>svg]:w-full"
                // Rendered on the server by bwip-js from the invoice's own validated fields: only <svg> and <path>.
                dangerouslySetInnerHTML={{ __html: code39Svg(codes.barcode, { scale: 2, height: 12 }) }}
              />
              <figcaption className="mt-1 font-mono">{codes.barcode}</figcaption>
            </figure>
            <figure className="w-40">
              <div role="img" aria-label={t('qrAlt')} className="[&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qrSvg(codes.qr) }} />
              <figcaption className="mt-1">{t('qrCaption')}</figcaption>
            </figure>
          </div>
        </section>
      ) : null}
    </div>
  );
}
