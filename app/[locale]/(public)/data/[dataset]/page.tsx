import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SyntheticNotice } from '@/components/stats/synthetic-notice';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { datasetPagePath, fileUrlPath, type DatasetFileKind } from '@/lib/stats/files';
import { periodLabel } from '@/lib/stats/views/period-label';
import { datasetIds, datasetMetadata, hasDataset } from '@/lib/stats/read-datasets';
import { CALIBRATION_ZH } from '@/lib/stats/views/calibration-zh';
import { TOPICS, TOPIC_IDS } from '@/lib/stats/views/topics';
import { pageMetadata } from '@/lib/seo/metadata';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string; dataset: string }> };

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => datasetIds().map((dataset) => ({ locale, dataset })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, dataset } = (await params) as { locale: Locale; dataset: string };
  if (!hasDataset(dataset)) return {};
  const m = datasetMetadata(dataset);
  return pageMetadata({ locale, path: datasetPagePath(dataset), title: m.title[locale], description: m.description[locale] });
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row" className="nowrap font-semibold">
        {label}
      </th>
      <td className="cell-prose">{children}</td>
    </tr>
  );
}

const kb = (bytes: number, locale: Locale) => formatNumber(bytes / 1024, locale, { maximumFractionDigits: 1 });

export default async function DatasetPage({ params }: Props) {
  const { locale, dataset } = (await params) as { locale: Locale; dataset: string };
  if (!hasDataset(dataset)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Stats.dataset' });
  // The metadata file's calibration list is English; Chinese pages show its translation.
  const calibrationText = (c: { id: string; label: string; note: string }) =>
    locale === 'en' ? c : (CALIBRATION_ZH[c.id as keyof typeof CALIBRATION_ZH] ?? c);
  const tc = await getTranslations({ locale, namespace: 'Stats' });
  const m = datasetMetadata(dataset);
  const topics = TOPIC_IDS.filter((id) => TOPICS[id].dataset === dataset);
  const codeLists = Object.entries(m.codeLists as Record<string, readonly { key: string; name: string; nameEn: string }[]>);
  const files: { kind: DatasetFileKind; label: string; bytes?: number; sha256?: string }[] = [
    { kind: 'csv', label: 'CSV', bytes: m.files.csv.bytes, sha256: m.files.csv.sha256 },
    { kind: 'json', label: 'JSON', bytes: m.files.json.bytes, sha256: m.files.json.sha256 },
    { kind: 'metadata', label: t('metadataFile') },
  ];
  return (
    <div>
      <p className="mb-2">
        <Link href="/data">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{m.title[locale]}</h1>
      <p className="mt-3 max-w-3xl text-lg">{m.description[locale]}</p>
      <SyntheticNotice locale={locale} />

      <section aria-labelledby="downloads-heading" className="mt-8">
        <h2 id="downloads-heading" className="text-2xl font-bold">
          {t('downloadsHeading')}
        </h2>
        <p className="mt-1 text-muted">{t('downloadsHint')}</p>
        <ul className="mt-2 space-y-2">
          {files.map((f) => (
            <li key={f.kind}>
              <a href={fileUrlPath(dataset, f.kind)} className="font-semibold">
                {f.label}: {fileUrlPath(dataset, f.kind)}
              </a>
              {f.bytes !== undefined ? <span className="text-muted"> ({t('size', { kb: kb(f.bytes, locale) })})</span> : null}
              {f.sha256 ? <span className="block font-mono text-sm break-all text-muted">SHA-256 {f.sha256}</span> : null}
            </li>
          ))}
        </ul>
        <p className="mt-3 max-w-3xl">{t('csvFormat')}</p>
      </section>

      <section aria-labelledby="metadata-heading" className="mt-8">
        <h2 id="metadata-heading" className="text-2xl font-bold">
          {t('metadataHeading')}
        </h2>
        <DataTable label={t('metadataHeading')} className="max-w-4xl">
            <tbody>
              <Row label={t('identifier')}>
                <code>{m.id}</code>
              </Row>
              <Row label={t('title')}>{m.title[locale]}</Row>
              <Row label={t('description')}>{m.description[locale]}</Row>
              <Row label={t('notes')}>{m.notes[locale]}</Row>
              <Row label={t('keywords')}>{m.keywords[locale]}</Row>
              <Row label={t('provider')}>{m.provider[locale]}</Row>
              <Row label={t('contact')}>
                {m.contactPoint.name[locale]}
                {locale === 'en' ? ' (' : '（'}
                <Link href="/contact">{t('contactLink')}</Link>
                {locale === 'en' ? ')' : '）'}
              </Row>
              <Row label={t('licence')}>
                <a href={m.licence.url} lang="zh-Hant-TW">
                  {m.licence.name['zh-Hant-TW']}
                </a>
                {locale === 'en' ? ` (${m.licence.name.en})` : null}
              </Row>
              <Row label={t('frequency')}>{m.updateFrequency[locale]}</Row>
              <Row label={t('temporal')}>{t('temporalValue', { start: periodLabel(String(m.temporalCoverage.start), locale), end: periodLabel(String(m.temporalCoverage.end), locale), granularity: t(`granularity.${m.temporalCoverage.granularity}`) })}</Row>
              <Row label={t('spatial')}>{m.spatialCoverage[locale]}</Row>
              <Row label={t('modified')}>
                <time dateTime={m.modified}>{formatDate(m.modified, locale)}</time>
              </Row>
              <Row label={t('version')}>
                <code>{m.version}</code>
              </Row>
              <Row label={t('rows')}>{t('rowsValue', { rows: m.rowCount, suppressed: m.suppressedCount, primary: m.primarySuppressed, secondary: m.secondarySuppressed })}</Row>
              <Row label={t('formats')}>{t('formatsValue')}</Row>
            </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="fields-heading" className="mt-8">
        <h2 id="fields-heading" className="text-2xl font-bold">
          {t('fieldsHeading')}
        </h2>
        <DataTable label={t('fieldsHeading')}>
          <thead>
            <tr>
              <th scope="col">{t('fieldName')}</th>
              <th scope="col">{t('fieldTitle')}</th>
              <th scope="col">{t('fieldType')}</th>
              <th scope="col">{t('fieldUnit')}</th>
              <th scope="col">{t('fieldDescription')}</th>
            </tr>
          </thead>
          <tbody>
            {m.fields.map((f) => (
              <tr key={f.name}>
                <th scope="row" className="nowrap font-mono font-normal">{f.name}</th>
                <td>{f.title[locale]}</td>
                <td className="nowrap">{t(`types.${f.type}`)}</td>
                <td>{f.unit ? f.unit[locale] : '—'}</td>
                <td className="cell-prose">{f.description[locale]}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>

      {codeLists.length > 0 ? (
        <section aria-labelledby="codes-heading" className="mt-8">
          <h2 id="codes-heading" className="text-2xl font-bold">
            {t('codeListsHeading')}
          </h2>
          {codeLists.map(([field, codes]) => (
            <DataTable key={field} label={field} caption={<span className="font-mono">{field}</span>} className="max-w-3xl">
              <thead>
                <tr>
                  <th scope="col">{t('code')}</th>
                  <th scope="col">{t('codeName')}</th>
                  <th scope="col">{t('codeNameEn')}</th>
                </tr>
              </thead>
              <tbody>
                {codes.map((c) => (
                  <tr key={c.key}>
                    <th scope="row" className="nowrap font-mono font-normal">{c.key}</th>
                    <td lang="zh-Hant-TW">{c.name}</td>
                    <td lang="en">{c.nameEn}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="disclosure-heading" className="mt-8 max-w-3xl">
        <h2 id="disclosure-heading" className="text-2xl font-bold">
          {t('disclosureHeading', { k: m.suppression.k })}
        </h2>
        <p className="mt-2">{m.suppression.rule[locale]}</p>
        <p className="mt-2">{m.suppression.secondary[locale]}</p>
        <h3 className="mt-4 text-xl font-bold">{t('roundingHeading')}</h3>
        <p className="mt-2">{m.rounding[locale]}</p>
      </section>

      <section aria-labelledby="calibration-heading" className="mt-8">
        <h2 id="calibration-heading" className="text-2xl font-bold">
          {t('calibrationHeading')}
        </h2>
        <p className="mt-2 max-w-3xl">
          {m.calibration.note[locale]} {m.generation.note[locale]}
        </p>
        <p className="mt-2 max-w-3xl">
          {t('generation', {
            invoices: m.generation.syntheticInvoices,
            sellers: m.generation.syntheticSellers,
            holders: m.generation.syntheticCarrierHolders,
            model: m.generation.modelVersion,
            seed: m.generation.seed,
          })}
        </p>
        <h3 className="mt-4 text-xl font-bold">{t('sourcedHeading')}</h3>
        <ul className="mt-2 max-w-3xl list-disc space-y-2 pl-6">
          {m.calibration.sourced.map((c) => (
            <li key={c.id}>
              <span className="font-semibold">{calibrationText(c).label}</span>
              {locale === 'en' ? ': ' : '：'}
              {calibrationText(c).note}{' '}
              {/* Sources are cited as published, in the language of the source list. */}
              <span className="text-muted" lang="en">
                ({'source' in c ? c.source : ''})
              </span>
            </li>
          ))}
        </ul>
        <h3 className="mt-4 text-xl font-bold">{t('assumptionsHeading')}</h3>
        <ul className="mt-2 max-w-3xl list-disc space-y-2 pl-6">
          {m.calibration.assumptions.map((c) => (
            <li key={c.id}>
              <span className="font-semibold">{calibrationText(c).label}</span>
              {locale === 'en' ? ': ' : '：'}
              {calibrationText(c).note}
            </li>
          ))}
        </ul>
      </section>

      {topics.length > 0 ? (
        <section aria-labelledby="charts-heading" className="mt-8">
          <h2 id="charts-heading" className="text-2xl font-bold">
            {t('chartsHeading')}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {topics.map((id) => (
              <li key={id}>
                <Link href={`/stats/${id}`}>{tc(`topics.${TOPICS[id].messageKey}.title`)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
