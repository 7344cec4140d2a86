/**
 * GET /stats/<topic>/chart.png and chart.svg: a topic's chart as the query filters it (the same
 * query as the page's address bar), drawn on the server. The share image of a filtered link,
 * the "download PNG" and "download SVG" buttons use it. For the charted topics the file is the
 * page's own drawing (lib/stats/views/chart-drawing.ts) in a 1200×630 document with title,
 * caption, axis note, legend, badge and source; the PNG is that document rendered. The county
 * map and the hour × weekday heat map likewise: the page's drawing (class-drawing.ts) with its
 * class legend. Unknown topics 404; a query that does not parse falls back to the default view, as the page does.
 */
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/i18n/format';
import { isLocale, localePath, type Locale } from '@/lib/i18n/routing';
import { datasetSummary, topicData } from '@/lib/stats/read-datasets';
import { chartInputFor, drawsChart, type SvgNode } from '@/lib/stats/views/chart-drawing';
import { chartDocument, chartSvgFile, classDocument, type ChartWords } from '@/lib/stats/views/chart-document';
import { periodLabel } from '@/lib/stats/views/period-label';
import { countyMapDrawing, heatMapDrawing } from '@/lib/stats/views/class-drawing';
import { mapScale } from '@/lib/stats/views/map';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';
import { MAX_LINES } from '@/lib/stats/views/series';
import { parseState, stateQuery, type ViewState } from '@/lib/stats/views/state';
import { buildView, formatValue, type TableView } from '@/lib/stats/views/table';
import { TOPICS, isTopicId, type TopicData } from '@/lib/stats/views/topics';
import { chartImage } from './chart-image';

/** The words around the drawing, in the page's language (the same messages as the page). */
export async function chartWords(locale: Locale, data: TopicData, state: ViewState, view: TableView, drawn: number, link: string): Promise<ChartWords> {
  const t = await getTranslations({ locale, namespace: 'Stats.island' });
  const { measure, unit, ...frame } = await frameWords(locale, data, state, link);
  return {
    ...frame,
    axisNote: t('axisNote', { measure, unit }),
    names: view.columns.map((c) => (c.key === 'all' ? t('valueHeader', { measure, unit }) : c.label)),
    capped: drawn < view.columns.length ? t('capped', { shown: drawn, total: view.columns.length, max: MAX_LINES }) : undefined,
  };
}

/** The words of every document: site, title, caption, badge, source and link; measure and unit for the rest. */
async function frameWords(locale: Locale, data: TopicData, state: ViewState, link: string) {
  const t = await getTranslations({ locale, namespace: 'Stats' });
  const spec = TOPICS[data.topic];
  const title = t(`topics.${spec.messageKey}.chartTitle`);
  const measure = t(`island.measures.${state.measure}`);
  const unit = t(`island.units.${state.measure}`);
  const dataset = datasetSummary(spec.dataset, locale);
  return {
    measure,
    unit,
    site: t('embedSite'),
    title,
    caption: state.from === state.to
      ? t('island.captionSingle', { title, measure, unit, period: periodLabel(state.from, locale) })
      : t('island.caption', { title, measure, unit, from: periodLabel(state.from, locale), to: periodLabel(state.to, locale) }),
    badge: t('embedSynthetic'),
    credit: t('embedCredit', { dataset: dataset.title, date: formatDate(dataset.modified, locale) }),
    link,
  };
}

/**
 * The county map or the heat map as the topic page draws it (the ids of its picture included,
 * `topic-<topic>-map` and `-heat`, so the file's drawing is the page's markup) in its document.
 */
async function classChartDocument(locale: Locale, data: TopicData, state: ViewState, link: string): Promise<SvgNode> {
  const t = await getTranslations({ locale, namespace: 'Stats.island' });
  const { measure, unit, ...frame } = await frameWords(locale, data, state, link);
  const view = buildView(data, state, locale);
  const format = (v: number) => formatValue(v, state.measure, locale);
  const suppressed = t('suppressed');
  const words = { ...frame, legendTitle: t('legend', { measure, unit }), suppressed };
  if (TOPICS[data.topic].chart === 'map') {
    const values = new Map(view.rows.map((r) => [r.key, r.cells[0] ?? null]));
    const scale = mapScale([...values.values()]);
    const names = new Map(view.rows.map((r) => [r.key, r.label]));
    const drawing = countyMapDrawing({ id: `topic-${data.topic}-map`, geometry: countyMapGeometry(), values, names, scale, format, suppressedLabel: suppressed });
    return classDocument(drawing, scale, format, { ...words, axisNote: t('mapInsets') });
  }
  const scale = mapScale(view.rows.flatMap((r) => r.cells));
  const drawing = heatMapDrawing({ id: `topic-${data.topic}-heat`, view, scale, format: (v) => (v === null ? suppressed : format(v)) }, 'hours');
  return classDocument(drawing, scale, format, words);
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
  // The site's address, as canonical and og:url use it (behind a proxy the request's own host may be internal).
  const link = `${new URL(env().APP_URL).origin}${localePath(locale, `/stats/${topic}`)}?${stateQuery(state, data)}`;
  let doc: SvgNode;
  if (drawsChart(data)) {
    const view = buildView(data, state, locale);
    const chart = chartInputFor(data, state, locale, view);
    doc = chartDocument(chart, await chartWords(locale, data, state, view, chart.columns.length, link));
  } else {
    doc = await classChartDocument(locale, data, state, link);
  }
  if (format === 'svg') return new Response(chartSvgFile(doc), { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const image = await chartImage(doc);
  return new Response(image.body, { headers: { ...headers, 'Content-Type': 'image/png' } });
}
