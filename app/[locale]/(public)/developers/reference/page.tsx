import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CodeBlock } from '@/components/ui/code-block';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { openApiDocument } from '@/lib/openapi/document';
import { referenceOperations } from '@/lib/openapi/reference';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Developers' });
  return pageMetadata({ locale, path: '/developers/reference', title: t('referenceTitle'), description: t('referenceLead') });
}

/** The JSON API reference, rendered here from the OpenAPI document: static HTML, no script, no outside resources. */
export default async function ReferencePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Developers' });
  const doc = openApiDocument();
  const groups = referenceOperations(doc);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/developers">{t('title')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('referenceTitle')}</h1>
      <p className="mt-4">{t('referenceLead')}</p>
      <p className="mt-2">
        <a href="/api/v1/openapi.json">{t('referenceDocument')}</a> · {t('referenceVersion', { version: doc.info.version })}
      </p>
      <nav aria-labelledby="toc-heading" className="mt-6">
        <h2 id="toc-heading" className="text-xl font-bold">
          {t('referenceContents')}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {groups.map((g) => (
            <li key={g.tag}>
              <a href={`#tag-${g.tag}`}>{g.tag}</a>: {g.description}
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.tag} aria-labelledby={`tag-${g.tag}`} className="mt-10">
          <h2 id={`tag-${g.tag}`} className="text-2xl font-bold">
            {g.tag}
          </h2>
          <p className="mt-2">{g.description}</p>
          {g.operations.map((op) => (
            <article key={op.id} aria-labelledby={op.id} className="mt-6 border-t border-gray-300 pt-4">
              <h3 id={op.id} className="font-mono text-lg font-bold break-all">
                {op.method.toUpperCase()} {op.path}
              </h3>
              <p className="mt-1">{op.summary}</p>
              {op.signedIn ? <p className="mt-1 text-sm">{t('referenceSession')}</p> : null}
              {op.parameters.length ? (
                <DataTable label={t('referenceParameters', { operation: `${op.method.toUpperCase()} ${op.path}` })}>
                  <thead>
                    <tr>
                      <th scope="col">{t('referenceName')}</th>
                      <th scope="col">{t('referenceIn')}</th>
                      <th scope="col">{t('referenceType')}</th>
                      <th scope="col">{t('referenceRequired')}</th>
                      <th scope="col">{t('referenceDescription')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={`${p.in}-${p.name}`}>
                        <th scope="row" className="font-mono">
                          {p.name}
                        </th>
                        <td>{p.in}</td>
                        <td className="font-mono">{p.type}</td>
                        <td>{p.required ? t('yes') : t('no')}</td>
                        <td className="cell-prose">{p.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              ) : null}
              {op.body ? (
                <details className="mt-3">
                  <summary className="cursor-pointer font-semibold">{t('referenceBody')}</summary>
                  <CodeBlock label={t('referenceBody')} code={op.body} className="mt-2" />
                </details>
              ) : null}
              <h4 className="mt-3 font-semibold">{t('referenceResponses')}</h4>
              <ul className="list-disc pl-6">
                {op.responses.map((r) => (
                  <li key={r.status}>
                    <span className="font-mono">{r.status}</span> {r.description}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
