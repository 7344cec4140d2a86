/**
 * /stats/<topic>/data.json: every cell of a topic, in the page's language, for the dashboard to
 * load on the first view change (components/stats/topic-source.ts). Built as static files, one per
 * language and topic; anything else is a JSON 404.
 */
import { describe, expect, it } from 'vitest';
import { GET, dynamic, generateStaticParams } from '@/app/[locale]/(public)/stats/[topic]/data.json/route';
import { topicData } from '@/lib/stats/read-datasets';
import { buildView, explorerInput } from '@/lib/stats/views/table';
import { defaultState } from '@/lib/stats/views/state';
import { TOPIC_IDS } from '@/lib/stats/views/topics';

const get = (locale: string, topic: string) => GET(new Request(`http://x/stats/${topic}/data.json`), { params: Promise.resolve({ locale, topic }) });

describe('/stats/<topic>/data.json', () => {
  it('is a static file per language and topic', () => {
    expect(dynamic).toBe('force-static');
    expect(generateStaticParams()).toHaveLength(2 * TOPIC_IDS.length);
  });

  it("holds the topic's cells, from which the island works out the same first view the page was given", async () => {
    const response = await get('en', 'county');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const cells = await response.json();
    const data = topicData('county', 'en');
    expect(cells).toEqual(JSON.parse(JSON.stringify(data)));
    expect(buildView(cells, defaultState(data), 'en')).toEqual(explorerInput(data, 'en').first);
  });

  it('answers a JSON 404 for an unknown topic or language', async () => {
    for (const [locale, topic] of [
      ['en', 'nope'],
      ['fr', 'county'],
    ] as const) {
      const response = await get(locale, topic);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
  });
});
