/**
 * Open statistics journeys: a dashboard driven by keyboard (the address bar and the table follow
 * the filters; the link reproduces the view), the CSV "as shown" equal to the table, the county
 * map, the page without JavaScript, the stable file URLs (formula-safe CSV, DCAT catalog) and axe
 * with the charts drawn. Expected figures come from the published dataset files themselves.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseCsvRecords } from '../lib/csv';
import { expectNoViolations } from './support/axe';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const INDEX = readJson('data/datasets/index.json') as { datasets: { id: string; files: { json: string } }[] };
const rowsOf = (id: string) => (readJson(`data/datasets/${INDEX.datasets.find((d) => d.id === id)!.files.json}`) as { rows: Record<string, unknown>[] }).rows;
const ZH = readJson('content/messages/zh-Hant-TW.json').Stats;
const EN = readJson('content/messages/en.json').Stats;

/** Presses Tab until `target` has focus, as a keyboard user would. */
/** '111年1月' → '2022-01': the Chinese table's ROC month as the CSV writes it. */
function isoMonth(label: string): string {
  const m = /^(\d+)年(\d+)月$/.exec(label);
  return m ? `${Number(m[1]) + 1911}-${m[2]!.padStart(2, '0')}` : label;
}

async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The filters answer only once the island's script runs; a keyboard user would not notice. */
async function ready(page: Page, topic: string): Promise<Locator> {
  const island = page.getByTestId(`explorer-${topic}`);
  await expect(island).toHaveAttribute('data-hydrated', '');
  return island;
}

/** The table as text: header, then one array per row; a suppressed cell is '' and digits are ungrouped. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((el) =>
    [...el.querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) =>
        // A header's sort mark (⇅ ▲ ▼) is decoration, not part of its name.
        cell.querySelector('.sr-only') ? '' : (cell.textContent ?? '').replace(/[⇅▲▼]/g, '').trim().replace(/(\d),(?=\d{3})/g, '$1'),
      ),
    ),
  );
}

test('a topic by keyboard: the URL and the table follow the filters, the link reproduces the view, the CSV equals the table', async ({ page }) => {
  // A long journey by Tab alone (every link, filter and the focusable table region on the way): on a
  // 2-core machine it takes most of the default 30 s, so it gets 60.
  test.setTimeout(60_000);
  await page.goto('/stats/industry');
  const island = await ready(page, 'industry');
  const table = island.getByTestId('stats-table');
  await expect(table.locator('caption')).toContainText('110年1月 至 114年12月');
  await expect(table.locator('tbody tr')).toHaveCount(60);

  // From: one year later, with the arrow keys on the select.
  const from = island.getByLabel(ZH.island.from, { exact: true });
  await tabTo(page, from);
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowDown');
  await expect(from).toHaveValue('2022-01');
  await expect(page).toHaveURL(/\?from=2022-01&to=2025-12&by=month&measure=count$/);

  // Measure: the arrow key moves the radio from count to amount.
  await tabTo(page, island.getByRole('radio', { name: ZH.island.measures.count, exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(island.getByRole('radio', { name: ZH.island.measures.amount, exact: true })).toBeChecked();
  await expect(page).toHaveURL(/\?from=2022-01&to=2025-12&by=month&measure=amount$/);

  // Series: Space unticks the first industry.
  const first = island.getByRole('checkbox').first();
  const firstName = (await first.locator('xpath=..').textContent())!.trim();
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();
  await expect(page).toHaveURL(/&series=supermarket,/);
  await expect(page.getByRole('status').filter({ hasText: '顯示 48 列' })).toBeVisible();

  // The table follows: 48 months from 2022-01, amounts, without the unticked industry.
  await expect(table.locator('tbody tr')).toHaveCount(48);
  await expect(table.locator('caption')).toContainText('開立金額（新臺幣元），111年1月 至 114年12月');
  const rows = await tableRows(table);
  expect(rows[0]).not.toContain(firstName);
  const expected = rowsOf('einvoice-industry-monthly')
    .filter((r) => r.month === '2022-01' && r.industry_code !== 'convenience')
    .map((r) => String(r.amount_ntd));
  expect(rows[1]).toEqual(['111年1月', ...expected]);

  // The address bar is the share link: opening it shows the same table.
  const shared = page.url();
  await expect(island.getByTestId('stats-share-link')).toHaveAttribute('href', `?${new URL(shared).search.slice(1)}`);
  await page.goto(shared);
  const again = await ready(page, 'industry');
  await expect.poll(() => tableRows(again.getByTestId('stats-table'))).toEqual(rows);

  // The CSV of the table as shown: a byte-order mark, then the header on line 1 and the same rows.
  const button = again.getByRole('button', { name: ZH.island.downloadCsv });
  // Past the series boxes and their "only this" buttons: more stops than the default limit.
  await tabTo(page, button, 90);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('tax-cloud-industry-amount-2022-01-2025-12-synthetic.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // The file holds periods as ISO months (as the published files do); the Chinese page shows ROC months.
  expect(parseCsvRecords(text.slice(1))).toEqual(rows.map((r, i) => (i === 0 ? r : [isoMonth(r[0]!), ...r.slice(1)])));
});

test('the whole dataset shown: the "as shown" CSV is the same bytes as /data/<id>.csv, which opens with its header on line 1', async ({ page, request }) => {
  await page.goto('/stats/industry');
  const island = await ready(page, 'industry');
  await expect(island.getByTestId('stats-table').locator('tbody tr')).toHaveCount(60);
  await expect(island.getByText('/data/einvoice-industry-monthly.csv')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), island.getByRole('button', { name: ZH.island.downloadCsv }).click()]);
  const shown = readFileSync((await download.path())!);
  const file = await request.get('/data/einvoice-industry-monthly.csv');
  expect(file.headers().link).toBe('</data/einvoice-industry-monthly.metadata.json>; rel="describedby"; type="application/json"');
  const bytes = await file.body();
  expect(shown.equals(bytes)).toBe(true);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const meta = await (await request.get('/data/einvoice-industry-monthly.metadata.json')).json();
  const records: string[][] = parseCsv(bytes, { bom: true, relax_column_count: false });
  expect(records[0]).toEqual(meta.fields.map((f: { name: string }) => f.name));
  expect(records).toHaveLength(meta.rowCount + 1);
  expect(meta.files.csv).toMatchObject({ encoding: 'UTF-8', byteOrderMark: true, headerRow: true });

  // The dataset page says how the file is encoded.
  await page.goto('/data/einvoice-industry-monthly');
  await expect(page.getByText(/UTF-8 編碼並含位元組順序記號（BOM）/)).toBeVisible();
  await page.goto('/en/data/einvoice-industry-monthly');
  await expect(page.getByText(/UTF-8 with a byte-order mark/)).toBeVisible();
  await expectNoViolations(page);
});

test('the county map: suppressed counties hatched and listed as suppressed, the measure by keyboard', async ({ page }) => {
  // The page's payload holds the first view only: the topic's cells load when the view first changes.
  const loads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/data.json')) loads.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/stats/county');
  const island = await ready(page, 'county');
  const map = island.getByRole('img', { name: /Map of Taiwan's counties and cities/ });
  await expect(map.locator('path[data-county]')).toHaveCount(22);

  const rows = await tableRows(island.getByTestId('stats-table'));
  const suppressed = rows.slice(1).filter((r) => r[1] === '').map((r) => r[0]);
  expect(suppressed.length).toBeGreaterThan(0);
  const hatched = await map.locator('path[data-county]').evaluateAll((paths) => paths.filter((p) => p.getAttribute('fill')!.startsWith('url(')).length);
  expect(hatched).toBe(suppressed.length);
  await expect(island.getByText(/Suppressed: fewer than 10 sellers/)).toBeVisible();
  expect(loads).toEqual([]);

  await tabTo(page, island.getByRole('radio', { name: EN.island.measures.count, exact: true }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?from=2025-01&to=2025-12&measure=mean$/);
  await expect(island.getByTestId('stats-table').locator('thead')).toContainText('Mean ticket (NTD per invoice)');
  await expect(map.locator('path[data-county]')).toHaveCount(22);
  expect(loads).toEqual(['/en/stats/county/data.json']);
});

test('without JavaScript the page shows the default table and map; the filters are disabled and say why', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/stats/county');
  await expect(page.getByTestId('stats-table').locator('tbody tr')).toHaveCount(22);
  await expect(page.getByRole('img', { name: /臺灣各縣市地圖/ })).toBeVisible();
  // The filters stay disabled, and a <noscript> note says why (Playwright's switch turns scripts
  // off but not the parser's scripting flag, so the note is checked in the markup).
  await expect(page.getByLabel(ZH.island.from, { exact: true })).toBeDisabled();
  expect(await page.content()).toContain(ZH.island.filtersNeedJs);
  await expect(page.getByText(ZH.syntheticHeading)).toBeVisible();
  await context.close();
});

test('every dataset CSV at its stable URL is formula-safe, with the fields of its metadata', async ({ request }) => {
  for (const { id } of INDEX.datasets) {
    const csv = await request.get(`/data/${id}.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    // csv-parse, as a journalist's script would read it: the byte-order mark dropped, the header on line 1.
    const records: string[][] = parseCsv(await csv.body(), { bom: true });
    const unsafe = records.flat().filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(unsafe, id).toEqual([]);
    const meta = await (await request.get(`/data/${id}.metadata.json`)).json();
    expect(records[0]).toEqual(meta.fields.map((f: { name: string }) => f.name));
    expect(meta.synthetic).toBe(true);
    const json = await (await request.get(`/data/${id}.json`)).json();
    expect(json.rows).toHaveLength(records.length - 1);
  }
});

test('/data/catalog.json is a JSON-LD DCAT catalog of every dataset, whose download URLs work', async ({ request }) => {
  const response = await request.get('/data/catalog.json');
  expect(response.headers()['content-type']).toContain('application/ld+json');
  const catalog = await response.json();
  expect(catalog['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' });
  expect(catalog['@type']).toBe('dcat:Catalog');
  type Distribution = { 'dcat:downloadURL': { '@id': string }; 'dcat:mediaType': { '@id': string } };
  const datasets = catalog['dcat:dataset'] as (Record<string, unknown> & { 'dct:identifier': string; 'dcat:distribution': Distribution[] })[];
  expect(datasets.map((d) => d['dct:identifier'])).toEqual(INDEX.datasets.map((d) => d.id));
  for (const d of datasets) {
    expect(d['@type']).toBe('dcat:Dataset');
    for (const key of ['dct:title', 'dct:description', 'dct:license', 'dct:publisher', 'dcat:contactPoint', 'dct:modified', 'dct:temporal']) expect(d[key], key).toBeTruthy();
    for (const dist of d['dcat:distribution']) {
      // Absolute URLs carry the APP_URL of the build; the path is what this server answers.
      const file = await request.get(new URL(dist['dcat:downloadURL']['@id']).pathname);
      expect(file.status(), dist['dcat:downloadURL']['@id']).toBe(200);
      expect(file.headers()['content-type']).toContain(dist['dcat:mediaType']['@id'].split('/media-types/')[1]);
    }
  }
});

test('the share images are PNGs', async ({ request }) => {
  // The image's address is the one the page names (inside a route group Next adds a suffix to it).
  for (const path of ['/stats', '/stats/county', '/en/stats/carrier']) {
    const html = await (await request.get(path)).text();
    const src = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(src, path).toMatch(/opengraph-image/);
    const image = await request.get(new URL(src!).pathname + new URL(src!).search);
    expect(image.status(), src).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});

for (const path of ['/stats', '/stats/carrier', '/en/stats/industry', '/en/stats/age-gender']) {
  test(`${path} has no axe violations with its chart drawn`, async ({ page }) => {
    await page.goto(path);
    // The server's drawing first; the interactive chart once the reader points at it.
    const chart = page.getByTestId('stats-chart').first();
    await expect(chart).toBeVisible();
    await expect(page.locator('[data-hydrated]').first()).toBeVisible();
    await chart.hover();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectNoViolations(page);
  });
}
