/**
 * GET /stats/<topic>/chart.png and chart.svg: a topic's chart as the query filters it (the same
 * query as the page's address bar), drawn on the server. The share image of a filtered link,
 * the "download PNG" and "download SVG" buttons and the embed all use it. Unknown topics 404;
 * a query that does not parse falls back to the default view, as the page does.
 */
import 'server-only';
import { datasetMetadata, topicData } from '@/lib/stats/read-datasets';
import { topicShareInput } from '@/lib/stats/views/share';
import { parseState } from '@/lib/stats/views/state';
import { TOPICS, isTopicId } from '@/lib/stats/views/topics';
import { statsImage } from './stats-image';
import { statsShare } from './stats-share';
import { statsSvg } from './stats-svg';

export async function chartResponse(request: Request, topic: string, format: 'png' | 'svg'): Promise<Response> {
  if (!isTopicId(topic)) return Response.json({ error: { code: 'not_found', message: `No statistics topic ${topic}.` } }, { status: 404 });
  const url = new URL(request.url);
  const data = topicData(topic, 'zh-Hant-TW');
  const state = parseState(url.search, data);
  const input = topicShareInput(data, datasetMetadata(TOPICS[topic].dataset).modified, state);
  const name = `tax-cloud-${topic}-${state.measure}-${state.from}-${state.to}-synthetic.${format}`;
  const headers: Record<string, string> = {
    'Cache-Control': 'public, max-age=3600',
    'Access-Control-Allow-Origin': '*',
    ...(url.searchParams.has('download') ? { 'Content-Disposition': `attachment; filename="${name}"` } : {}),
  };
  if (format === 'svg') return new Response(statsSvg(statsShare(input)), { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const image = await statsImage(input);
  return new Response(image.body, { headers: { ...headers, 'Content-Type': 'image/png' } });
}
