import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { code39Svg, qrSvg } from '@/lib/barcodes/svg';
import { requireCitizenPage } from '@/lib/auth/principal';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { yearValue } from '@/components/tax-bills/labels';
import { SLIP_FACTS } from '@/lib/tax-bills/data/slip-format';
import { slipFor } from '@/lib/tax-bills/slip-data';

// Personal: rendered for each request, never cached or prerendered.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function TaxSlipPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const citizen = await requireCitizenPage(locale, `/me/tax/${encodeURIComponent(id)}/slip`);
  const slip = await slipFor(citizen.id, id);
  if (!slip) notFound();
  const { bill, terms } = slip;
  const t = await getTranslations({ locale, namespace: 'TaxBills' });
  const n = (v: number) => formatNumber(v, locale);
  const taxName = t(`taxNames.${bill.taxType}`);

  return (
    <div data-slip className="slip max-w-[190mm]">
      <p className="no-print">
        <Link href={`/me/tax/${bill.id}`}>{t('back')}</Link>
      </p>
      <h1 className="mt-3 text-2xl font-bold">{t('slip.heading', { tax: taxName, year: yearValue(bill.taxYear, locale) })}</h1>
      <p className="mt-1 font-semibold">{t('slip.synthetic')}</p>
      {!terms ? (
        <p className="mt-4">{t('slip.notPayable')}</p>
      ) : (
        <>
          <p className="no-print mt-2">{t('slip.printHint')}</p>
          <p className="no-print mt-2">
            <a href={`/api/v1/me/tax/bills/${bill.id}/slip.pdf?lang=${locale}`} download>
              {t('slip.pdf')}
            </a>
          </p>
          <dl className="mt-4 grid gap-x-6 gap-y-1 border border-black p-3 sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t('office')}</dt>
            <dd>{locale === 'en' ? bill.office.nameEn : bill.office.name}</dd>
            <dt className="font-semibold">{t('slip.payer')}</dt>
            <dd>{citizen.name}</dd>
            <dt className="font-semibold">{t('subject')}</dt>
            <dd>{locale === 'en' ? bill.subjectEn : bill.subject}</dd>
            <dt className="font-semibold">{t('principal')}</dt>
            <dd>NT$ {n(bill.principal)}</dd>
            <dt className="font-semibold">{t('slip.amount')}</dt>
            <dd className="text-xl font-bold" data-testid="slip-amount">
              NT$ {n(terms.amount)}
            </dd>
            <dt className="font-semibold">{t('slip.deadline')}</dt>
            <dd className="font-bold" data-testid="slip-deadline">
              {formatDate(terms.deadline, locale)}
            </dd>
            <dt className="font-semibold">{t('slip.billNumber')}</dt>
            <dd className="font-mono">{terms.billNumber}</dd>
          </dl>
          {bill.lateFee ? <p className="mt-2">{t('slip.deadlineNote')}</p> : null}

          <section className="mt-4 break-inside-avoid" aria-labelledby="store-heading">
            <h2 id="store-heading" className="text-xl font-bold">
              {t('slip.storeHeading')}
            </h2>
            {terms.barcodes ? (
              <>
                <p>{t('slip.storeLead')}</p>
                <div className="mt-2 flex flex-col gap-3 bg-white p-2 text-black">
                  {[terms.barcodes.segment1, terms.barcodes.segment2, terms.barcodes.segment3].map((text, i) => (
                    <figure key={text} className="w-full max-w-md">
                      <div
                        role="img"
                        aria-label={t('slip.barcodeAlt', { n: i + 1, text })}
                        className="[&>svg]:h-auto [&>svg]:w-full"
                        data-testid={`slip-barcode-${i + 1}`}
                        // Drawn on the server by bwip-js from digits and letters this module made: only <svg> and <path>.
                        dangerouslySetInnerHTML={{ __html: code39Svg(text, { scale: 2, height: 10 }) }}
                      />
                      <figcaption className="font-mono">{text}</figcaption>
                    </figure>
                  ))}
                </div>
              </>
            ) : (
              <p className="mt-1 font-bold" data-testid="slip-over-limit">
                {t('slip.overLimit')}
              </p>
            )}
          </section>

          <div className="mt-4 grid gap-4 sm:grid-cols-[1fr_auto] print:grid-cols-[1fr_auto]">
            <section aria-labelledby="transfer-heading">
              <h2 id="transfer-heading" className="text-xl font-bold">
                {t('slip.transferHeading')}
              </h2>
              <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4">
                <dt className="font-semibold">{t('slip.bank')}</dt>
                <dd>
                  {terms.virtualAccount.bankCode} {locale === 'en' ? terms.virtualAccount.bankNameEn : terms.virtualAccount.bankName}
                </dd>
                <dt className="font-semibold">{t('slip.account')}</dt>
                <dd className="font-mono" data-testid="slip-virtual-account">
                  {terms.virtualAccount.account}
                </dd>
              </dl>
            </section>
            <section aria-labelledby="qr-heading">
              <h2 id="qr-heading" className="text-xl font-bold">
                {t('slip.qrHeading')}
              </h2>
              <figure className="w-36 bg-white text-black">
                <div role="img" aria-label={t('slip.qrAlt')} className="[&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qrSvg(terms.qrText) }} />
                <figcaption className="text-sm">{t('slip.qrCaption')}</figcaption>
              </figure>
            </section>
          </div>

          <section className="mt-4 text-sm" aria-labelledby="facts-heading">
            <h2 id="facts-heading" className="font-bold">
              {t('slip.factsHeading')}
            </h2>
            <ul className="list-disc pl-6">
              {SLIP_FACTS.map((fact) => (
                <li key={fact.id}>
                  <span className="font-semibold">[{fact.confidence}] {t(`slip.confidence.${fact.confidence}`)}</span>: {fact.note} <span className="text-muted">{fact.source}</span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
