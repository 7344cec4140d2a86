'use client';

/**
 * One dashboard chart with its filters, table, CSV download and share link: the only client
 * JavaScript of the statistics pages. The page stays static: its HTML holds the default view
 * (table and map included) for readers without JavaScript; the island reads a shared link's
 * query after hydration and writes the filters back into the address bar (replaceState), so the
 * address bar is always a link to what is shown. The overview uses it with a fixed state.
 */
import { useClientStrings } from '@/components/i18n/client-strings';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { Locale } from '@/lib/i18n/routing';
import { datasetFileName, fileUrlPath } from '@/lib/stats/files';
import type { MapGeometry } from '@/lib/stats/views/map-geometry';
import { periodLabel } from '@/lib/stats/views/period-label';
import { nextSort, parseSort, sortQuery, sortRows, type TableSort } from '@/lib/stats/views/sort';
import { defaultState, isWholeDataset, parseState, rangeOptions, stateQuery, withGranularity, type ViewState } from '@/lib/stats/views/state';
import { buildView, tableCsv } from '@/lib/stats/views/table';
import { TOPICS, type TopicData } from '@/lib/stats/views/topics';
import { ChartShare } from './chart-share';
import { CopyButton } from './copy-button';
import { explorerLabels } from './explorer-labels';
import { ExplorerPicture } from './explorer-picture';
import { SeriesPicker } from './series-picker';
import { StatsTable } from './stats-table';
import { ViewTabs, type Tab } from './view-tabs';

const noSubscribe = () => () => {};

type Props = {
  locale: Locale;
  data: TopicData;
  /** Prefix of the element ids (two islands can share a page). */
  id: string;
  title: string;
  datasetPath: string;
  /** The topic page (locale path): where the overview's share link points. */
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

export function TopicExplorer({ locale, data, id, title, datasetPath, topicPath, k, geometry, fixed, embed = false }: Props) {
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
  const state = useMemo(() => fixed ?? edited ?? (search ? parseState(search, data) : defaultState(data)), [fixed, edited, search, data]);
  const parsedExtra = useMemo(() => (fixed ? NO_EXTRA : parseExtra(search, tabKeys, data.series.map((s) => s.key))), [fixed, search, tabKeys, data]);
  const extra = editedExtra ?? parsedExtra;
  const tab = extra.tab ?? tabKeys[0]!;
  const rangeError = state.from > state.to;
  const query = [stateQuery(state, data), sortQuery(extra.sort), extra.tab && extra.tab !== tabKeys[0] ? `tab=${extra.tab}` : ''].filter(Boolean).join('&');
  const view = useMemo(() => buildView(data, state, locale), [data, state, locale]);
  const labels = useMemo(() => explorerLabels(t, state, title, locale), [t, state, title, locale]);
  const { measure, from, to, caption } = labels;
  const columns = useMemo(() => view.columns.map((c) => (c.key === 'all' ? labels.valueHeader : c.label)), [view, labels]);
  const columnKeys = useMemo(() => view.columns.map((c) => c.key), [view]);
  const sortedRows = useMemo(() => sortRows(view.rows, columnKeys, extra.sort), [view, columnKeys, extra.sort]);

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

  const rowKey = spec.rows === 'time' ? state.by : spec.categoryField!;
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
    if (isWholeDataset(state, data)) {
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
      measure: state.measure,
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    a.href = url;
    a.download = `tax-cloud-${data.topic}-${state.measure}-${state.from}-${state.to}-synthetic.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const empty = view.columns.length === 0;
  const nothing = empty || rangeError;
  const rangeMessage = rangeError ? t('rangeError', { from, to }) : undefined;

  const picture = <ExplorerPicture id={id} locale={locale} data={data} state={state} view={view} names={columns} title={title} geometry={geometry} />;

  const table = (
    <div>
      <StatsTable
        id={`${id}-table`}
        caption={caption}
        rowHeader={rowHeader}
        columns={columns}
        columnKeys={columnKeys}
        rows={sortedRows}
        measure={state.measure}
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
          <SelectField
            key={edge}
            id={`${id}-${edge}`}
            label={t(edge)}
            className="w-auto"
            value={state[edge]}
            error={rangeError && edge === lastEdge ? rangeMessage : undefined}
            aria-invalid={rangeError ? true : undefined}
            onChange={(e) => {
              setLastEdge(edge);
              update({ ...state, [edge]: e.target.value });
            }}
            options={options.map((p) => ({ value: p, label: periodLabel(p, locale) }))}
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
        {rangeError ? rangeMessage : edited ? t('status', { rows: view.rows.length, from, to, measure }) : ''}
      </p>
    </fieldset>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-hydrated={hydrated ? '' : undefined} data-testid={`explorer-${data.topic}`}>
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
              <button type="button" className="btn-secondary disabled:opacity-60" onClick={downloadCsv} disabled={!hydrated || nothing}>
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
