import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/routing';
import { DATASET_FILE_KINDS as KINDS, fileUrlPath } from '@/lib/stats/files';
import { datasetFile, datasetFileBytes, datasetIndex, datasetRows, topicData } from '@/lib/stats/read-datasets';
import { TOPICS, TOPIC_IDS, cellIndex } from '@/lib/stats/views/topics';
import { parseCsvRecords } from '@/lib/csv';

const csvCells = (text: string) => parseCsvRecords(text).flat();

describe('stable dataset URLs', () => {
  it('are generated for every file of every published dataset, and answer with its bytes', async () => {
    const route = await import('@/app/data/[file]/route');
    const files = route.generateStaticParams().map((p) => p.file);
    for (const { id } of datasetIndex().datasets) {
      for (const kind of KINDS) {
        const path = fileUrlPath(id, kind);
        const file = path.slice('/data/'.length);
        expect(files, path).toContain(file);
        const response = await route.GET(new Request(`http://localhost${path}`), { params: Promise.resolve({ file }) });
        expect(response.status).toBe(200);
        expect(Buffer.from(await response.arrayBuffer()).equals(datasetFileBytes(id, kind)), path).toBe(true);
      }
    }
  });

  it('keep dataset files out of the locale rewrite', async () => {
    const config = (await import('@/next.config')).default;
    const rewrites = (await config.rewrites!()) as { afterFiles: { source: string }[] };
    const pattern = rewrites.afterFiles.find((r) => r.source.startsWith('/:path('))!.source;
    // '/:path(<regex>)' → ^/<regex>: what the rewrite sends to the Chinese pages.
    const lookahead = new RegExp(`^/${pattern.slice('/:path('.length, -1)}$`);
    expect(lookahead.test('/data/einvoice-county-monthly.csv')).toBe(false);
    expect(lookahead.test('/data/catalog.json')).toBe(false);
    expect(lookahead.test('/data/einvoice-county-monthly')).toBe(true);
    expect(lookahead.test('/stats/county')).toBe(true);
  });

  it('serve CSV in which no cell can run as a spreadsheet formula', () => {
    for (const { id } of datasetIndex().datasets) {
      const unsafe = csvCells(datasetFile(id, 'csv')).filter((c) => /^[=+\-@\t\r]/.test(c));
      expect(unsafe, id).toEqual([]);
    }
  });
});

describe('dashboard data', () => {
  it.each(TOPIC_IDS)('%s: every cell of the dataset, suppressed cells null in every measure', (topic) => {
    for (const locale of LOCALES) {
      const data = topicData(topic, locale);
      const rows = datasetRows(TOPICS[topic].dataset);
      const size = data.periods.length * Math.max(1, data.categories.length) * data.series.length;
      expect(data.count).toHaveLength(size);
      expect(data.series.every((s) => s.label !== '' || s.key === 'all')).toBe(true);
      expect(data.count.filter((v) => v === null)).toHaveLength(rows.filter((r) => r.suppressed === true).length);
      data.count.forEach((v, i) => {
        if (v === null) expect([data.amount[i], data.mean[i]]).toEqual([null, null]);
      });
    }
  });

  it('puts each row of the file in its cell', () => {
    const data = topicData('county', 'en');
    const row = datasetRows('einvoice-county-monthly').find((r) => r.month === '2024-03' && r.county_code === '63000')!;
    const at = cellIndex(data, data.periods.indexOf('2024-03'), data.categories.findIndex((c) => c.key === '63000'), 0);
    expect([data.count[at], data.amount[at], data.mean[at]]).toEqual([row.invoice_count, row.amount_ntd, row.mean_ticket_ntd]);
    expect(data.categories.find((c) => c.key === '63000')!.label).toBe('Taipei City');
    expect(topicData('county', 'zh-Hant-TW').categories.find((c) => c.key === '63000')!.label).toBe('臺北市');
  });
});
