/**
 * From aggregated cells to published datasets: the full grid of cells, suppression, rounding,
 * and the three files of a version (JSON rows, CSV, metadata). Pure; output.ts writes the files.
 */
import { createHash } from 'node:crypto';
import { csvLine } from '../../csv';
import { DATASET_FILES, datasetFileName } from '../files';
import { YEARS, annualVolume, provenanceOf } from '../synthetic/calibration';
import {
  DATASETS,
  DATASET_IDS,
  MONTHS,
  cellKey,
  fieldsOf,
  type Cell,
  type CellDims,
  type DatasetDef,
  type DatasetId,
  type Row,
  type Text,
} from '../datasets';
import type { AggregatedId } from './aggregate';
import { ROUNDING, suppress, type SuppressionReason } from './suppression';

/** Bumped when the fields or the file layout change, so old and new versions never share a name. */
export const DATASET_FORMAT = 1;
export const DEFAULT_K = 10;

export type GenerationInfo = {
  modelVersion: string;
  seed: number;
  invoices: number;
  sellers: number;
  buyers: number;
};

export type PublishContext = { k: number; generation: GenerationInfo; modified: string };

export type BuiltDataset = {
  id: DatasetId;
  version: string;
  rows: Row[];
  reasons: SuppressionReason[];
  files: { json: string; csv: string; metadata: string };
  metadata: DatasetMetadata;
};

export type DatasetMetadata = ReturnType<typeof metadataFor>;

const t = (zh: string, en: string): Text => ({ 'zh-Hant-TW': zh, en });

export const LICENCE = {
  name: t('政府資料開放授權條款－第1版', 'Open Government Data License, version 1.0'),
  url: 'https://data.gov.tw/license',
};

const CSV_NOTE = t(
  'UTF-8 編碼（含位元組順序記號 BOM），第一列為欄位名稱（見 fields），欄位以逗號分隔、每列以 CRLF 結尾。空白儲存格表示該格已遮蔽（見 suppression），不是 0。以 = + - @ 開頭的文字前加上單引號，以免試算表當成公式執行。',
  'UTF-8 with a byte-order mark; the first line holds the field names (see fields); comma-separated, lines end with CRLF. An empty cell is suppressed (see suppression), not zero. Text beginning with = + - @ starts with an apostrophe so that spreadsheets do not run it as a formula.',
);

const SYNTHETIC_NOTE = t(
  '本資料集為合成資料：由依公開統計校準的模擬交易產生，不含任何真實發票、營業人或消費者。數值僅供展示與測試，不得作為真實統計引用。',
  'Synthetic data: generated from simulated transactions calibrated to published figures. It contains no real invoice, business or consumer. For demonstration and testing only; never cite it as real statistics.',
);

function suppressionText(k: number) {
  return {
    k,
    rule: t(
      `來源賣方少於 ${k} 家（涉及載具持有人者，持有人少於 ${k} 人）的格位不公布數值（主要遮蔽）。`,
      `A cell with fewer than ${k} distinct sellers (or, where carrier holders are counted, fewer than ${k} distinct buyers) has its measures withheld (primary suppression).`,
    ),
    secondary: t(
      '任何可能由已知總數（如當月全部張數、縣市年度張數）減去已公布格位而反推的遮蔽格，須與至少另一格一併遮蔽，且被遮蔽各格合計的來源家數（人數）達門檻；依張數由小至大補遮蔽（次要遮蔽）。',
      'Wherever a total can be known (all invoices of a month, a county\'s year…), a suppressed cell is never the only one hidden: further cells, smallest first, are withheld until at least two are and their contributors together reach the threshold (secondary suppression).',
    ),
  };
}

const ROUNDING_TEXT = t(
  '張數與金額為合成樣本的精確整數（金額以新臺幣元計，不再進位）；平均客單價四捨五入至小數1位；比率（%）四捨五入至小數2位。',
  'Counts and amounts are exact integers of the synthetic sample (amounts in whole NTD, not rounded further); mean tickets are rounded half up to 1 decimal; shares (%) to 2 decimals.',
);

/** How many real invoices one synthetic invoice stands for, over the coverage. */
export function representedPerInvoice(invoices: number): number {
  const national = YEARS.reduce((sum, y) => sum + annualVolume(y), 0);
  return Math.round(national / invoices);
}

function zeroCell(def: DatasetDef, dims: CellDims): Cell {
  const c: Cell = { dims, invoices: 0, amount: 0, sellers: 0, buyers: null };
  return def.buyersRelevant(c) ? { ...c, buyers: 0 } : c;
}

/** The dataset's full grid, in grid order, with the aggregated cells put in their places. */
export function fillGrid(def: DatasetDef, cells: readonly Cell[]): Cell[] {
  const byKey = new Map(cells.map((c) => [cellKey(c.dims), c]));
  const grid = def.grid().map((dims) => {
    const key = cellKey(dims);
    const found = byKey.get(key);
    byKey.delete(key);
    return found ?? zeroCell(def, dims);
  });
  if (byKey.size > 0) {
    throw new Error(`${def.id}: ${byKey.size} cell(s) outside the dataset's grid, e.g. ${[...byKey.keys()][0]} (is the store outside ${MONTHS[0]}…${MONTHS.at(-1)}?)`);
  }
  return grid;
}

function rowsFor(def: DatasetDef, cells: readonly Cell[], reasons: readonly SuppressionReason[], denominators: Map<string, number> | null): Row[] {
  const hasShare = def.measures.some((m) => m.name === 'share_pct');
  return cells.map((c, i) => {
    const hidden = reasons[i] !== null;
    const row: Row = { ...def.label(c.dims) };
    row.invoice_count = hidden ? null : c.invoices;
    row.amount_ntd = hidden ? null : c.amount;
    row.mean_ticket_ntd = hidden ? null : ROUNDING.meanTicket(c.amount, c.invoices);
    if (hasShare) {
      const total = denominators?.get(String(c.dims.month)) ?? 0;
      row.share_pct = hidden ? null : ROUNDING.sharePct(c.invoices, total);
    }
    row.suppressed = hidden;
    return row;
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The CSV: a UTF-8 byte-order mark (Excel on Traditional Chinese Windows reads the file as Big5
 * without it), the header row of field names on line 1, then one line per row. No notes above the
 * header, so pandas, Datawrapper and spreadsheet imports read it as it is; what a reader needs to
 * know is in the metadata file, which the file's URL links to (Link: rel="describedby").
 */
export function csvOf(names: readonly string[], rows: readonly Row[]): string {
  return `${CSV_BOM}${[csvLine(names), ...rows.map((r) => csvLine(names.map((n) => r[n] ?? null)))].join('')}`;
}

export const CSV_BOM = '\uFEFF';

function metadataFor(def: DatasetDef, ctx: PublishContext, version: string, rows: readonly Row[], reasons: readonly SuppressionReason[], json: string, csv: string) {
  const provenance = provenanceOf(def.calibration);
  const count = (r: SuppressionReason) => reasons.filter((x) => x === r).length;
  return {
    id: def.id,
    version,
    format: DATASET_FORMAT,
    synthetic: true,
    title: def.title,
    description: def.description,
    notes: SYNTHETIC_NOTE,
    keywords: t('電子發票、統一發票、開放資料、合成資料', 'e-invoice, uniform invoice, open data, synthetic data'),
    fields: fieldsOf(def),
    codeLists: def.codeLists,
    temporalCoverage: def.dimensions.some((d) => d.name === 'month')
      ? { start: MONTHS[0], end: MONTHS.at(-1), granularity: 'month' }
      : { start: String(YEARS[0]), end: String(YEARS.at(-1)), granularity: 'year' },
    spatialCoverage: t('臺灣（22縣市）', 'Taiwan (22 counties and cities)'),
    updateFrequency: t('不定期（隨合成資料重建）', 'Irregular (rebuilt with the synthetic data)'),
    licence: LICENCE,
    provider: t('稅務雲（示範入口，合成資料）', 'Tax Cloud (demonstration portal, synthetic data)'),
    contactPoint: { name: t('稅務雲開放資料', 'Tax Cloud open data'), url: '/data' },
    modified: ctx.modified,
    rowCount: rows.length,
    suppressedCount: rows.filter((r) => r.suppressed === true).length,
    primarySuppressed: count('primary'),
    secondarySuppressed: count('secondary'),
    suppression: suppressionText(ctx.k),
    rounding: ROUNDING_TEXT,
    calibration: {
      note: t(
        '下列各項為產生合成交易時的校準依據；標示為假設者查無公開數據，為合成假設。',
        'What the synthetic transactions were calibrated to; entries marked as assumptions have no published figure and are synthetic choices.',
      ),
      sourced: provenance.filter((p) => !('assumption' in p)),
      assumptions: provenance.filter((p) => 'assumption' in p),
    },
    generation: {
      modelVersion: ctx.generation.modelVersion,
      seed: ctx.generation.seed,
      syntheticInvoices: ctx.generation.invoices,
      syntheticSellers: ctx.generation.sellers,
      syntheticCarrierHolders: ctx.generation.buyers,
      realInvoicesPerSyntheticInvoice: representedPerInvoice(ctx.generation.invoices),
      note: t(
        '張數與金額為合成樣本之值，並未放大為全國總數。',
        'Counts and amounts are those of the synthetic sample, not scaled up to national totals.',
      ),
    },
    files: {
      json: { name: datasetFileName(def.id, 'json'), mediaType: DATASET_FILES.json.mediaType, bytes: Buffer.byteLength(json), sha256: sha256(json) },
      csv: {
        name: datasetFileName(def.id, 'csv'),
        mediaType: DATASET_FILES.csv.contentType,
        encoding: 'UTF-8',
        byteOrderMark: true,
        headerRow: true,
        bytes: Buffer.byteLength(csv),
        sha256: sha256(csv),
        note: CSV_NOTE,
      },
    },
  };
}

function finish(def: DatasetDef, ctx: PublishContext, rows: Row[], reasons: SuppressionReason[]): BuiltDataset {
  const csv = csvOf(fieldsOf(def).map((f) => f.name), rows);
  // The version names the content: rebuilding the same store gives the same version (and files).
  const version = `${DATASET_FORMAT}.${sha256(`${ctx.k}\n${csv}`).slice(0, 10)}`;
  const json = `${JSON.stringify({ id: def.id, version, synthetic: true, title: def.title, fields: fieldsOf(def).map((f) => f.name), rows })}\n`;
  const metadata = metadataFor(def, ctx, version, rows, reasons, json, csv);
  return { id: def.id, version, rows, reasons, metadata, files: { json, csv, metadata: `${JSON.stringify(metadata, null, 2)}\n` } };
}

/** Every dataset, in DATASET_IDS order. */
export function buildDatasets(cells: Record<AggregatedId, Cell[]>, ctx: PublishContext): BuiltDataset[] {
  const filled = new Map<DatasetId, { grid: Cell[]; reasons: SuppressionReason[] }>();
  const built: BuiltDataset[] = [];
  for (const id of DATASET_IDS) {
    const def = DATASETS[id];
    let grid: Cell[];
    let reasons: SuppressionReason[];
    if (def.derivedFrom) {
      const source = filled.get(def.derivedFrom.dataset);
      if (!source) throw new Error(`${id} is derived from ${def.derivedFrom.dataset}, which must come first`);
      const picked = source.grid.map((c, i) => ({ c, i })).filter(({ c }) => def.derivedFrom!.filter(c.dims));
      grid = picked.map(({ c }) => ({ ...c, dims: def.derivedFrom!.dims(c.dims) }));
      reasons = picked.map(({ i }) => source.reasons[i]!);
    } else {
      grid = fillGrid(def, cells[id as AggregatedId]);
      reasons = suppress(grid, { k: ctx.k, buyersRelevant: def.buyersRelevant, families: def.families });
    }
    filled.set(id, { grid, reasons });
    // Shares are of the month's invoices: every cell of the source grid counts, suppressed or not.
    const shareSource = def.derivedFrom ? filled.get(def.derivedFrom.dataset)!.grid : grid;
    const shareDef = def.derivedFrom ? DATASETS[def.derivedFrom.dataset] : def;
    let denominators: Map<string, number> | null = null;
    if (shareDef.shareKey) {
      denominators = new Map();
      for (const c of shareSource) {
        const key = shareDef.shareKey(c.dims);
        denominators.set(key, (denominators.get(key) ?? 0) + c.invoices);
      }
    }
    built.push(finish(def, ctx, rowsFor(def, grid, reasons, denominators), reasons));
  }
  return built;
}
