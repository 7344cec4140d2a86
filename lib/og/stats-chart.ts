/**
 * GET /stats/<topic>/chart.png and chart.svg: a topic's chart as the query filters it (the same
 * query as the page's address bar), drawn on the server. The share image of a filtered link,
 * the "download PNG" and "download SVG" buttons use it. For the charted topics the file is the
 * page's own drawing (lib/stats/views/chart-drawing.ts) in a 1200×630 document with title,
 * caption, axis note, legend, badge and source; the PNG is that document rendered. The county
 * map and the hour × weekday heat map keep the summary card (stats-share.ts). Unknown topics
 * 404; a query that does not parse falls back to the default view, as the page does.
 */
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/i18n/format';
import { isLocale, localePath, type Locale } from '@/lib/i18n/routing';
import { datasetMetadata, datasetSummary, topicData } from '@/lib/stats/read-datasets';
import { chartInputFor, drawsChart } from '@/lib/stats/views/chart-drawing';
import { chartDocument, chartSvgFile, type ChartWords } from '@/lib/stats/views/chart-document';
import { MAX_LINES } from '@/lib/stats/views/series';
import { topicShareInput } from '@/lib/stats/views/share';
import { parseState, stateQuery, type ViewState } from '@/lib/stats/views/state';
import { buildView, type TableView } from '@/lib/stats/views/table';
import { TOPICS, isTopicId, type TopicData } from '@/lib/stats/views/topics';
import { chartImage } from './chart-image';
import { statsImage } from './stats-image';
import { statsShare } from './stats-share';
import { statsSvg } from './stats-svg';

/** The words around the drawing, in the page's language (the same messages as the page). */
export async function chartWords(locale: Locale, data: TopicData, state: ViewState, view: TableView, drawn: number, link: string): Promise<ChartWords> {
  const t = await getTranslations({ locale, namespace: 'Stats' });
  const spec = TOPICS[data.topic];
  const title = t(`topics.${spec.messageKey}.chartTitle`);
  const measure = t(`island.measures.${state.measure}`);
  const unit = t(`island.units.${state.measure}`);
  const dataset = datasetSummary(spec.dataset, locale);
  return {
    site: t('embedSite'),
    title,
    caption: state.from === state.to ? t('island.captionSingle', { title, measure, unit, period: state.from }) : t('island.caption', { title, measure, unit, from: state.from, to: state.to }),
    axisNote: t('island.axisNote', { measure, unit }),
    badge: t('embedSynthetic'),
    credit: t('embedCredit', { dataset: dataset.title, date: formatDate(dataset.modified, locale) }),
    link,
    names: view.columns.map((c) => (c.key === 'all' ? t('island.valueHeader', { measure, unit }) : c.label)),
    capped: drawn < view.columns.length ? t('island.capped', { shown: drawn, total: view.columns.length, max: MAX_LINES }) : undefined,
  };
}

export async function chartResponse(request: Request, localeParam: string, topic: string, format: 'png' | 'svg'): Promise<Response> {
  if (!isTopicId(topic)) return Response.json({ error: { code: 'not_found', message: `No statistics topic ${topic}.` } }, { status: 404 });
  const locale: Locale = isLocale(localeParam) ? localeParam : 'zh-Hant-TW';
  const url = new URL(request.url);
  const data = topicData(topic, locale);
  const state = parseState(url.search, data);
  const name = `tax-cloud-${topic}-${state.measure}-${state.from}-${state.to}-synthetic.${format}`;
  const headers: Record<string, string> = {
    'Cache-Control': 'public, max-age=3600',
    'Access-Control-Allow-Origin': '*',
    ...(url.searchParams.has('download') ? { 'Content-Disposition': `attachment; filename="${name}"` } : {}),
  };
  if (drawsChart(data)) {
    const view = buildView(data, state);
    const chart = chartInputFor(data, state, locale, view);
    // The site's address, as canonical and og:url use it (behind a proxy the request's own host may be internal).
    const link = `${new URL(env().APP_URL).origin}${localePath(locale, `/stats/${topic}`)}?${stateQuery(state, data)}`;
    const doc = chartDocument(chart, await chartWords(locale, data, state, view, chart.columns.length, link));
    if (format === 'svg') return new Response(chartSvgFile(doc), { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
    const image = await chartImage(doc);
    return new Response(image.body, { headers: { ...headers, 'Content-Type': 'image/png' } });
  }
  const input = topicShareInput(topicData(topic, 'zh-Hant-TW'), datasetMetadata(TOPICS[topic].dataset).modified, state);
  if (format === 'svg') return new Response(statsSvg(statsShare(input)), { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const image = await statsImage(input);
  return new Response(image.body, { headers: { ...headers, 'Content-Type': 'image/png' } });
}
