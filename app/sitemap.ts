import type { MetadataRoute } from 'next';
import { listDocs } from '@/lib/content/markdown';
import { env } from '@/lib/env';
import { LOCALES, localePath } from '@/lib/i18n/routing';
import { datasetPagePath } from '@/lib/stats/files';
import { datasetIds } from '@/lib/stats/read-datasets';
import { TOPIC_IDS } from '@/lib/stats/views/topics';

// Sections still being built (/account) join the sitemap when they work.
const STATIC_PATHS = ['/', '/lottery', '/stats', '/calculators', '/calculators/late-fee', '/calculators/license-tax', '/calculators/income-tax', '/lottery/periods', '/lottery/check', '/lottery/sources', '/forum', '/help', '/privacy', '/accessibility', '/open-data-licence', '/contact', '/data', '/developers', '/developers/reference'];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().APP_URL;
  const help = (await listDocs('help', 'zh-Hant-TW')).map((d) => `/help/${d.slug}`);
  const stats = [...TOPIC_IDS.map((t) => `/stats/${t}`), ...datasetIds().map(datasetPagePath)];
  return [...STATIC_PATHS, ...help, ...stats].map((path) => ({
    url: new URL(localePath('zh-Hant-TW', path), base).toString(),
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, new URL(localePath(l, path), base).toString()])) },
  }));
}
