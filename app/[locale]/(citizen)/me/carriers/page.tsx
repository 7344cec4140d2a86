import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DemoDataNote } from '@/components/citizen/demo-data-note';
import { LinkCarrierForm } from '@/components/citizen/link-carrier-form';
import { UnlinkCarrierForm } from '@/components/citizen/unlink-carrier-form';
import { DataTable } from '@/components/ui/data-table';
import { requireCitizenPage } from '@/lib/auth/principal';
import { listCarriers } from '@/lib/carriers/store';
import { LINKABLE_TYPES } from '@/lib/carriers/types';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

// Personal: rendered for each request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Carriers' });
  return { title: t('title'), robots: { index: false } };
}

export default async function CarriersPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/carriers');
  const t = await getTranslations({ locale, namespace: 'Carriers' });
  const carriers = await listCarriers(citizen.id);
  const barcode = carriers.find((c) => c.isMobileBarcode);
  const others = carriers.filter((c) => !c.isMobileBarcode);
  const typeName = (key: string) => t(`types.${key}`);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-3xl">{t('lead')}</p>
      <DemoDataNote text={t('synthetic')} />

      <section aria-labelledby="barcode-heading" className="mt-8">
        <h2 id="barcode-heading" className="text-2xl font-bold">
          {t('barcodeHeading')}
        </h2>
        {barcode ? (
          <>
            <p className="mt-3 font-mono text-3xl tracking-widest">{barcode.number}</p>
            <p className="mt-3">
              <Link href="/me/carriers/barcode" className="btn">
                {t('showBarcode')}
              </Link>
            </p>
          </>
        ) : (
          <p className="mt-3">{t('noBarcode')}</p>
        )}
      </section>

      <section aria-labelledby="list-heading" className="mt-10">
        <h2 id="list-heading" className="text-2xl font-bold">
          {t('listHeading')}
        </h2>
        {others.length === 0 ? (
          <p className="mt-3">{t('none')}</p>
        ) : (
          <>
            <p className="mt-2 text-muted">{t('numberMaskedNote')}</p>
            <DataTable label={t('listHeading')} testId="carriers">
              <thead>
                <tr>
                  <th scope="col">{t('colType')}</th>
                  <th scope="col">{t('colNumber')}</th>
                  <th scope="col">{t('colLinked')}</th>
                  <th scope="col">{t('colAction')}</th>
                </tr>
              </thead>
              <tbody>
                {others.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{typeName(c.typeKey)}</th>
                    <td className="font-mono">{c.number}</td>
                    <td>{c.linkedAt ? formatDate(c.linkedAt, locale) : ''}</td>
                    <td>
                      <UnlinkCarrierForm
                        locale={locale}
                        carrierId={c.id}
                        labels={{ unlink: t('unlink'), confirm: t('unlinkConfirm', { type: typeName(c.typeKey), number: c.number }), yes: t('unlinkYes') }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </>
        )}
      </section>

      <section aria-labelledby="link-heading" className="mt-10">
        <h2 id="link-heading" className="mb-4 text-2xl font-bold">
          {t('linkHeading')}
        </h2>
        <LinkCarrierForm
          locale={locale}
          types={LINKABLE_TYPES.map((type) => ({ value: type.code, label: typeName(type.key) }))}
          labels={{ typeCode: t('typeCode'), number: t('number'), numberHint: t('numberHint'), submit: t('submit'), errorSummary: t('errorSummary') }}
        />
      </section>
    </div>
  );
}
