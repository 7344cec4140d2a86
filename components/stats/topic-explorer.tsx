'use client';

/**
 * One dashboard chart with its filters, table, CSV download and share link: the only client
 * JavaScript of the statistics pages. The page stays static: its HTML holds the default view
 * (table and map included) for readers without JavaScript; the island reads a shared link's
 * query after hydration and writes the filters back into the address bar (replaceState), so the
 * address bar is always a link to what is shown. The overview uses it with a fixed state.
 *
 * The page gives it the topic's shape and the first view only; every cell of the topic loads
 * from /stats/<topic>/data.json when another view is first asked for (topic-source.ts). Until
 * they are here, the picture and the table keep the view they show, the fields show the choice,
 * and the status line says the data is loading. The code that draws a view (drawings.tsx) comes
 * with them: the page's first load neither runs nor downloads it.
 */
import { useClientStrings } from '@/components/i18n/client-strings';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { Locale } from '@/lib/i18n/routing';
import { datasetFileName, fileUrlPath } from '@/lib/stats/files';
import type { MapGeometry } from '@/lib/stats/views/map-geometry';
import { nextSort, parseSort, sortQuery, sortRows, type TableSort } from '@/lib/stats/views/sort';
import { defaultState, isWholeDataset, parseState, rangeOptions, sameState, stateQuery, withGranularity, type ViewState } from '@/lib/stats/views/state';
import type { TableView } from '@/lib/stats/views/table';
import { tableCsv } from '@/lib/stats/views/table-format';
import { TOPICS, type TopicData, type TopicShape } from '@/lib/stats/views/topics';
import { ChartShare } from './chart-share';
import { CopyButton } from './copy-button';
import { loadDrawings, useLoadedDrawings } from './drawings-loader';
import { explorerLabels } from './explorer-labels';
import { ExplorerPicture } from './explorer-picture';
import { SeriesPicker } from './series-picker';
import { StatsTable } from './stats-table';
import { PeriodSelect } from './period-select';
import { loadTopicSource, topicSourcePath } from './topic-source';
import { ViewTabs, type Tab } from './view-tabs';

const noSubscribe = () => () => {};

type Props = {
  locale: Locale;
  /** The topic without its cells (topicShape): what the filters, labels and address bar need. */
  data: TopicShape;
  /** The view the server draws: buildView of `fixed`, or of the topic's default state. */
  first: TableView;
  /** Prefix of the element ids (two islands can share a page). */
  id: string;
  title: string;
  datasetPath: string;
  /** The topic page (locale path): where the overview's share link points, and the cells load from. */
  topicPath: string;
  k: number;
  geometry?: MapGeometry;
  /** A fixed view (overview): no filters, and the address bar is left alone. */
  fixed?: ViewState;
  /**
   * An embed (/embed/<locale>/stats/<topic>): the view of the address bar's query, as chart and
   * table tabs only; no filters, downloads or share controls (the embed page links back).
   */
  embed?: boolean;
};

type TabKey = 'chart' | 'map' | 'table';
type Extra = { tab: TabKey | null; sort: TableSort };

const NO_EXTRA: Extra = { tab: null, sort: null };
const MAP_TABS: readonly TabKey[] = ['map', 'table'];
const CHART_TABS: readonly TabKey[] = ['chart', 'table'];

function parseExtra(search: string, tabs: readonly TabKey[], columns: readonly string[]): Extra {
  const tab = new URLSearchParams(search).get('tab');
  return { tab: tabs.find((t) => t === tab) ?? null, sort: parseSort(search, columns) };
}

export function TopicExplorer({ locale, data, first, id, title, datasetPath, topicPath, k, geometry, fixed, embed = false }: Props) {
  const t = useClientStrings('Stats.island');
  const spec = TOPICS[data.topic];
  const search = useSyncExternalStore(
    noSubscribe,
    () => window.location.search,
    () => '',
  );
  const hydrated = useHydrated();
  const [edited, setEdited] = useState<ViewState | null>(null);
  const [editedExtra, setEditedExtra] = useState<Extra | null>(null);
  // The range edge changed last: its field carries the error when the range is reversed.
  const [lastEdge, setLastEdge] = useState<'from' | 'to'>('from');
  const [drawer, setDrawer] = useState(false);
  const tabKeys = geometry ? MAP_TABS : CHART_TABS;
  // Worked out again only when the view changes, not when a note such as "copied" appears or the
  // script has hydrated: the same objects keep the picture and the table rows (memoised) as they are.
  const firstState = useMemo(() => fixed ?? defaultState(data), [fixed, data]);
  const state = useMemo(() => fixed ?? edited ?? (search ? parseState(search, data) : firstState), [fixed, edited, search, data, firstState]);
  // Every cell of the topic and the code that draws a view (drawings-loader.ts), once a view other
  // than the first is asked for; a failed load is tried again with the next choice.
  const [cells, setCells] = useState<TopicData | null>(null);
  const drawings = useLoadedDrawings();
  const [failedFor, setFailedFor] = useState<ViewState | null>(null);
  const parsedExtra = useMemo(() => (fixed ? NO_EXTRA : parseExtra(search, tabKeys, data.series.map((s) => s.key))), [fixed, search, tabKeys, data]);
  const extra = editedExtra ?? parsedExtra;
  const tab = extra.tab ?? tabKeys[0]!;
  const rangeError = state.from > state.to;
  const empty = state.series.length === 0;
  const nothing = empty || rangeError;
  const atFirst = sameState(state, firstState);
  const ready = cells !== null && drawings !== null;
  const wantCells = !atFirst && !nothing && !ready;
  // What the picture and the table show: the reader's view once the cells and the drawing code are
  // here, else the first.
  const shown = ready ? state : firstState;
  const pending = wantCells && failedFor !== state;
  const failed = wantCells && failedFor === state;
  const query = [stateQuery(state, data), sortQuery(extra.sort), extra.tab && extra.tab !== tabKeys[0] ? `tab=${extra.tab}` : ''].filter(Boolean).join('&');
  // A new object for every view worked out in the browser, so the server's drawings are replaced
  // from the first change on (components/ui/server-markup.tsx keeps them while `first` is shown).
  const view = useMemo(() => (cells && drawings ? drawings.buildView(cells, state, locale) : first), [cells, drawings, state, locale, first]);
  const labels = useMemo(() => explorerLabels(t, shown, title, locale), [t, shown, title, locale]);
  const { caption } = labels;
  const { measure, from, to } = useMemo(() => explorerLabels(t, state, title, locale), [t, state, title, locale]);
  const columns = useMemo(() => view.columns.map((c) => (c.key === 'all' ? labels.valueHeader : c.label)), [view, labels]);
  const columnKeys = useMemo(() => view.columns.map((c) => c.key), [view]);
  const sortedRows = useMemo(() => sortRows(view.rows, columnKeys, extra.sort), [view, columnKeys, extra.sort]);

  useEffect(() => {
    if (!wantCells) return;
    let live = true;
    Promise.all([loadTopicSource(topicSourcePath(topicPath), data.topic), loadDrawings()]).then(
      ([loaded]) => live && setCells(loaded),
      () => live && setFailedFor(state),
    );
    return () => {
      live = false;
    };
  }, [wantCells, topicPath, data.topic, state]);

  useEffect(() => {
    if (fixed || (edited === null && editedExtra === null) || rangeError) return;
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  }, [fixed, edited, editedExtra, query, rangeError]);

  useEffect(() => {
    if (!drawer) return;
    const close = (e: KeyboardEvent) => e.key === 'Escape' && setDrawer(false);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [drawer]);

  const rowKey = spec.rows === 'time' ? shown.by : spec.categoryField!;
  const rowHeader = t(`rowHeader.${rowKey}`);
  const options = rangeOptions(data, state.by);
  const shareHref = fixed ? `${topicPath}?${query}` : `?${query}`;

  function update(next: ViewState) {
    setEdited(next);
  }

  function updateExtra(next: Partial<Extra>) {
    setEditedExtra({ ...extra, ...next });
  }

  function downloadCsv() {
    const a = document.createElement('a');
    if (isWholeDataset(shown, data)) {
      // The whole dataset: the published file itself, byte for byte.
      a.href = fileUrlPath(spec.dataset, 'csv');
      a.download = datasetFileName(spec.dataset, 'csv');
      document.body.append(a);
      a.click();
      a.remove();
      return;
    }
    const csv = tableCsv({
      rowHeader,
      columns,
      rows: sortedRows,
      measure: shown.measure,
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    a.href = url;
    a.download = `tax-cloud-${data.topic}-${shown.measure}-${shown.from}-${shown.to}-synthetic.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const rangeMessage = rangeError ? t('rangeError', { from, to }) : undefined;

  const picture = <ExplorerPicture id={id} locale={locale} data={data} state={shown} view={view} names={columns} title={title} geometry={geometry} />;

  const table = (
    <div>
      <StatsTable
        id={`${id}-table`}
        caption={caption}
        rowHeader={rowHeader}
        columns={columns}
        columnKeys={columnKeys}
        rows={sortedRows}
        measure={shown.measure}
        locale={locale}
        suppressedLabel={t('suppressed')}
        sort={extra.sort}
        onSort={hydrated ? (column) => updateExtra({ sort: nextSort(extra.sort, column) }) : undefined}
        sortHint={(name) => t('sortHint', { name })}
      />
    </div>
  );
  const tabs: Tab[] = tabKeys.map((key) => ({ key, label: t(`tabs.${key}`), panel: key === 'table' ? table : picture }));

  const filters = (
    <fieldset disabled={!hydrated} className="rounded-md border-2 border-line p-4 max-md:border-0 max-md:p-0">
      <legend className="px-1 text-lg font-bold max-md:sr-only">{t('filtersHeading')}</legend>
      <noscript>
        <p className="mb-2 text-muted">{t('filtersNeedJs')}</p>
      </noscript>
      <div className="flex flex-wrap gap-x-6 gap-y-4">
        {(['from', 'to'] as const).map((edge) => (
          <PeriodSelect
            key={edge}
            id={`${id}-${edge}`}
            label={t(edge)}
            value={state[edge]}
            error={rangeError && edge === lastEdge ? rangeMessage : undefined}
            invalid={rangeError}
            onChange={(e) => {
              setLastEdge(edge);
              update({ ...state, [edge]: e.target.value });
            }}
            options={options}
            by={state.by}
            locale={locale}
          />
        ))}
        {spec.granularities.length > 1 ? (
          <fieldset>
            <legend className="field-label">{t('granularity')}</legend>
            <div className="flex gap-4">
              {spec.granularities.map((g) => (
                <label key={g} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name={`${id}-by`} value={g} checked={state.by === g} onChange={() => update(withGranularity(state, data, g))} className="h-5 w-5" />
                  {t(g)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <fieldset>
          <legend className="field-label">{t('measure')}</legend>
          <div className="flex flex-wrap gap-x-4">
            {spec.measures.map((m) => (
              <label key={m} className="flex min-h-11 items-center gap-2">
                <input type="radio" name={`${id}-measure`} value={m} checked={state.measure === m} onChange={() => update({ ...state, measure: m })} className="h-5 w-5" />
                {t(`measures.${m}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {spec.seriesField ? (
        <SeriesPicker legend={t(`series.${spec.seriesField}`)} series={data.series} selected={state.series} onChange={(series) => update({ ...state, series })} />
      ) : null}
      <p role="status" className="mt-3 min-h-[1.7em] text-muted">
        {rangeError ? rangeMessage : failed ? t('loadFailed') : pending ? t('loading') : edited ? t('status', { rows: view.rows.length, from, to, measure }) : ''}
      </p>
    </fieldset>
  );

  return (
    <section
      aria-labelledby={`${id}-heading`}
      aria-busy={pending || undefined}
      className="mt-8"
      data-hydrated={hydrated ? '' : undefined}
      data-testid={`explorer-${data.topic}`}
    >
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>

      {fixed || embed ? null : (
        <div className="mt-4">
          {/* Phones: the filters wait in a drawer, so the chart is on the first screen. */}
          <button
            type="button"
            className="btn-secondary md:hidden"
            aria-expanded={drawer}
            aria-controls={`${id}-filters`}
            onClick={() => setDrawer(!drawer)}
            disabled={!hydrated}
            data-testid="filters-toggle"
          >
            {t('filtersOpen')}
          </button>
          <div
            id={`${id}-filters`}
            className={
              drawer
                ? 'max-md:fixed max-md:inset-x-0 max-md:bottom-0 max-md:z-50 max-md:max-h-[85vh] max-md:overflow-y-auto max-md:border-t-4 max-md:border-ink max-md:bg-white max-md:p-4 max-md:shadow-2xl'
                : 'max-md:hidden'
            }
          >
            {drawer ? (
              <p className="mb-2 flex items-center justify-between md:hidden">
                <span className="text-lg font-bold">{t('filtersHeading')}</span>
                <button type="button" className="btn-secondary" onClick={() => setDrawer(false)}>
                  {t('filtersDone')}
                </button>
              </p>
            ) : null}
            {filters}
          </div>
        </div>
      )}

      {nothing ? (
        <p className="mt-4 font-semibold" data-testid="stats-nothing">
          {rangeError ? rangeMessage : t('noSeries')}
        </p>
      ) : (
        <>
          <ViewTabs id={id} label={t('tabsLabel', { title })} tabs={tabs} selected={tab} onSelect={(key) => updateExtra({ tab: key as TabKey })} />
          {/* Below the tabs: it explains the gaps of the chart, the hatching of the map and the dashes of the table. */}
          {view.anySuppressed ? <p className="mt-2 text-muted">{t('suppressedNote', { k })}</p> : null}
        </>
      )}

      {embed ? null : (
        <div className="mt-6 grid gap-6 border-t-2 border-line pt-4 md:grid-cols-2">
          <div>
            <h3 className="text-xl font-bold">{t('downloadHeading')}</h3>
            {/* Rendered before hydration too (disabled), so nothing moves when the script arrives. */}
            <p className="mt-2">
              <button type="button" className="btn-secondary disabled:opacity-60" onClick={downloadCsv} disabled={!hydrated || nothing || wantCells}>
                {t('downloadCsv')}
              </button>
            </p>
            <p className="mt-2 text-muted">{t('downloadHint', { file: fileUrlPath(spec.dataset, 'csv') })}</p>
            <p className="mt-1">
              <a href={datasetPath}>{t('fullDataset')}</a>
            </p>
          </div>
          <div>
            <h3 className="text-xl font-bold">{t('shareHeading')}</h3>
            <p className="mt-2">
              <a href={shareHref} data-testid="stats-share-link">
                {t('shareLink')}
              </a>
            </p>
            <p className="mt-1 text-muted">{t('shareHint')}</p>
            <CopyButton
              text={() => new URL(shareHref, window.location.href).toString()}
              label={t('copy')}
              copied={t('copied')}
              failed={t('copyFailed')}
              disabled={!hydrated}
              resetKey={query}
            />
            {fixed ? null : <ChartShare locale={locale} topic={data.topic} topicPath={topicPath} query={query} title={title} hydrated={hydrated} />}
          </div>
        </div>
      )}
    </section>
  );
}
