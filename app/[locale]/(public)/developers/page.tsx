import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import spec from '@/data/domain/data/einvoice-api.json';
import { CodeBlock } from '@/components/ui/code-block';
import { DataTable } from '@/components/ui/data-table';
import { DEMO_APP } from '@/lib/db/seed/developer-apps';
import { API_ACTIONS, BASE_PATH, OFFICIAL_BASE_URL } from '@/lib/einvoice-api/catalog';
import { messageOf, type ResponseCode } from '@/lib/einvoice-api/codes';
import { examplesFor } from '@/lib/einvoice-api/examples';
import { env } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { RATE_LIMIT_POLICIES } from '@/lib/rate-limit/policies';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Developers' });
  return pageMetadata({ locale, path: '/developers', title: t('title'), description: t('lead') });
}

const CODES = Object.keys(spec.responseCodes) as ResponseCode[];

export default async function DevelopersPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Developers' });
  const ours = `${new URL(env().APP_URL).origin}${BASE_PATH}`;
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4">{t('lead')}</p>
      <p className="mt-2">{t('demoNote')}</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href="/me/apps">{t('registerLink')}</Link>
        </li>
        <li>
          <Link href="/developers/reference">{t('referenceLink')}</Link>
        </li>
      </ul>

      <section aria-labelledby="base-heading" className="mt-10">
        <h2 id="base-heading" className="text-2xl font-bold">
          {t('baseUrlHeading')}
        </h2>
        <p className="mt-3">{t('baseUrlBody', { official: `${OFFICIAL_BASE_URL}${BASE_PATH}`, ours })}</p>
      </section>

      <section aria-labelledby="actions-heading" className="mt-10">
        <h2 id="actions-heading" className="text-2xl font-bold">
          {t('actionsHeading')}
        </h2>
        <DataTable label={t('actionsHeading')} testId="api-actions">
          <thead>
            <tr>
              <th scope="col">{t('colAction')}</th>
              <th scope="col">{t('colPath')}</th>
              <th scope="col">{t('colVersion')}</th>
              <th scope="col">{t('colSigned')}</th>
              <th scope="col">{t('colPurpose')}</th>
            </tr>
          </thead>
          <tbody>
            {API_ACTIONS.map((a) => (
              <tr key={a.action}>
                <th scope="row" className="font-mono">
                  {a.action}
                </th>
                <td className="font-mono">{`${BASE_PATH}/${a.path}`}</td>
                <td>{a.version}</td>
                <td>{a.signed ? t('yes') : t('no')}</td>
                <td className="cell-prose">{t(`purpose.${a.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="demo-heading" className="mt-10">
        <h2 id="demo-heading" className="text-2xl font-bold">
          {t('demoHeading')}
        </h2>
        <p className="mt-3">{t('demoBody', { barcode: '/TAXC001', code: 'Demo-citizen-1!' })}</p>
        <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('demoAppId')}</dt>
          <dd className="font-mono">{DEMO_APP.appId}</dd>
          <dt className="font-semibold">{t('demoApiKey')}</dt>
          <dd className="font-mono break-all">{DEMO_APP.apiKey}</dd>
        </dl>
      </section>

      <section aria-labelledby="sign-heading" className="mt-10">
        <h2 id="sign-heading" className="text-2xl font-bold">
          {t('signHeading')}
        </h2>
        <p className="mt-3">{t('signBody')}</p>
        <h3 className="mt-6 text-xl font-bold">{t('carrierHeading')}</h3>
        <p className="mt-2">{t('carrierBody')}</p>
        <h3 className="mt-6 text-xl font-bold">{t('limitsHeading')}</h3>
        <p className="mt-2">{t('limitsBody', { app: RATE_LIMIT_POLICIES['einvoice-api:app'].limit, device: RATE_LIMIT_POLICIES['einvoice-api:device'].limit })}</p>
      </section>

      <section aria-labelledby="codes-heading" className="mt-10">
        <h2 id="codes-heading" className="text-2xl font-bold">
          {t('codesHeading')}
        </h2>
        <DataTable label={t('codesHeading')} testId="api-codes">
          <thead>
            <tr>
              <th scope="col">{t('colCode')}</th>
              <th scope="col">{t('colMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {CODES.map((code) => (
              <tr key={code}>
                <th scope="row" className="font-mono">
                  {code}
                </th>
                <td className="cell-prose" lang="zh-Hant-TW">
                  {messageOf(code)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="examples-heading" className="mt-10">
        <h2 id="examples-heading" className="text-2xl font-bold">
          {t('examplesHeading')}
        </h2>
        <p className="mt-3">{t('examplesLead')}</p>
        {API_ACTIONS.map(({ action }) => {
          const examples = examplesFor(action, { baseUrl: new URL(env().APP_URL).origin });
          return (
            <details key={action} className="mt-4">
              <summary className="cursor-pointer font-semibold">{t('exampleFor', { action })}</summary>
              {(['curl', 'fetch', 'python'] as const).map((lang) => (
                <figure key={lang} className="mt-3">
                  <figcaption className="font-semibold">{lang === 'curl' ? 'curl' : lang === 'fetch' ? 'JavaScript (fetch)' : 'Python (requests)'}</figcaption>
                  <CodeBlock label={`${action} ${lang}`} code={examples[lang]} testId={`example-${action}-${lang}`} className="mt-1" />
                </figure>
              ))}
            </details>
          );
        })}
      </section>

      <section aria-labelledby="versions-heading" className="mt-10">
        <h2 id="versions-heading" className="text-2xl font-bold">
          {t('versionsHeading')}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>{t('versions1')}</li>
          <li>{t('versions2')}</li>
          <li>{t('versions3')}</li>
        </ul>
      </section>
    </div>
  );
}
