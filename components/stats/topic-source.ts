/**
 * Every cell of a dashboard's topic, fetched from the topic's static /stats/<topic>/data.json
 * when the dashboard first needs them: a view other than the one the server drew.
 *
 * The page's first payload carries only the topic's shape (periods, categories, series) and its
 * first view, which the server has already drawn: every cell of the dataset (up to 22 KB of
 * JSON on the county map) was decoded at start-up although the first view never uses it.
 */
import type { TopicData, TopicId } from '@/lib/stats/views/topics';

/** The data file of a topic page (`/stats/<topic>` or `/en/stats/<topic>`). */
export function topicSourcePath(topicPath: string): string {
  return `${topicPath}/data.json`;
}

const loads = new Map<string, Promise<TopicData>>();

/** One request per file and page; a failed one is forgotten, so the next change tries again. */
export function loadTopicSource(path: string, topic: TopicId): Promise<TopicData> {
  let load = loads.get(path);
  if (!load) {
    load = fetch(path, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const data = (await response.json()) as Partial<TopicData> | null;
      if (data?.topic !== topic || !Array.isArray(data.count) || !Array.isArray(data.periods)) throw new Error(`${path}: not the ${topic} dataset`);
      return data as TopicData;
    });
    loads.set(path, load);
    load.catch(() => loads.delete(path));
  }
  return load;
}

/** For tests: forget every load. */
export function forgetTopicSources(): void {
  loads.clear();
}
