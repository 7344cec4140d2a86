'use client';

/**
 * One dashboard chart with its filters, table, CSV download and share link: the only client
 * JavaScript of the statistics pages. The page stays static: its HTML holds the default view
 * (table and map included) for readers without JavaScript; the island reads a shared link's
 * query after hydration and writes the filters back into the address bar (replaceState), so the
 * address bar is always a link to what is shown. The overview uses it with a fixed state.
 */
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { numberFormat } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { MapGeometry } from '@/lib/stats/views/map-geometry';
import { datasetFileName, fileUrlPath } from '@/lib/stats/files';
import { defaultState, isWholeDataset, parseState, rangeOptions, stateQuery, withGranularity, type ViewState } from '@/lib/stats/views/state';
import { buildView, formatValue, tableCsv } from '@/lib/stats/views/table';
import { TOPICS, isAdditive, type MeasureKey, type TopicData } from '@/lib/stats/views/topics';
import { ChartShare } from './chart-share';
import { CountyMap } from './county-map';
import type { DrawKind } from './stats-chart';
import { StatsTable } from './stats-table';

const StatsChart = dynamic(() => import('./stats-chart'), { ssr: false });

const CHART_HEIGHT = 360;
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
};

function drawKind(chart: string, measure: MeasureKey, columns: number): DrawKind {
  if (chart === 'stacked') return isAdditive(measure) ? 'stacked' : 'line';
  if (chart === 'bar') return columns > 1 ? (isAdditive(measure) ? 'stacked' : 'grouped') : 'bar';
  return 'line';
}

export function TopicExplorer({ locale, data, id, title, datasetPath, topicPath, k, geometry, fixed }: Props) {
  const t = useTranslations('Stats.island');
  const spec = TOPICS[data.topic];
  const search = useSyncExternalStore(
    noSubscribe,
    () => window.location.search,
    () => '',
  );
  const hydrated = useHydrated();
  const [edited, setEdited] = useState<ViewState | null>(null);
  const [note, setNote] = useState('');
  // Worked out again only when the view changes, not when a note such as "copied" appears.
  const state = useMemo(() => fixed ?? edited ?? (search ? parseState(search, data) : defaultState(data)), [fixed, edited, search, data]);
  const query = useMemo(() => stateQuery(state, data), [state, data]);
  const view = useMemo(() => buildView(data, state), [data, state]);

  useEffect(() => {
    if (fixed || edited === null) return;
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  }, [fixed, edited, query]);

  const measure = t(`measures.${state.measure}`);
  const unit = t(`units.${state.measure}`);
  const valueHeader = t('valueHeader', { measure, unit });
  const columns = view.columns.map((c) => (c.key === 'all' ? valueHeader : c.label));
  const rowKey = spec.rows === 'time' ? state.by : spec.categoryField!;
  const rowHeader = t(`rowHeader.${rowKey}`);
  const caption = state.from === state.to ? t('captionSingle', { title, measure, unit, period: state.from }) : t('caption', { title, measure, unit, from: state.from, to: state.to });
  const format = (v: number) => formatValue(v, state.measure, locale);
  const compact = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const kind = drawKind(spec.chart, state.measure, view.columns.length);
  const options = rangeOptions(data, state.by);
  const shareHref = fixed ? `${topicPath}?${query}` : `?${query}`;

  function update(next: ViewState) {
    setEdited(next);
    setNote('');
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
      rows: view.rows,
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

  async function copy() {
    try {
      await navigator.clipboard.writeText(new URL(shareHref, window.location.href).toString());
      setNote(t('copied'));
    } catch {
      setNote(t('copyFailed'));
    }
  }

  const mapValues = new Map(view.rows.map((r) => [r.key, r.cells[0] ?? null]));
  const mapNames = new Map(view.rows.map((r) => [r.key, r.label]));
  const empty = view.columns.length === 0;

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-hydrated={hydrated ? '' : undefined} data-testid={`explorer-${data.topic}`}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>

      {fixed ? null : (
        <fieldset disabled={!hydrated} className="mt-4 rounded-md border-2 border-line p-4">
          <legend className="px-1 text-lg font-bold">{t('filtersHeading')}</legend>
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
                onChange={(e) => update({ ...state, [edge]: e.target.value })}
                options={options.map((p) => ({ value: p, label: p }))}
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
            <fieldset className="mt-4">
              <legend className="field-label">{t(`series.${spec.seriesField}`)}</legend>
              <div className="flex flex-wrap gap-x-5">
                {data.series.map((s) => (
                  <label key={s.key} className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      value={s.key}
                      checked={state.series.includes(s.key)}
                      onChange={(e) =>
                        update({ ...state, series: data.series.map((x) => x.key).filter((x) => (x === s.key ? e.target.checked : state.series.includes(x))) })
                      }
                      className="h-5 w-5"
                    />
                    {s.label}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <p role="status" className="mt-3 min-h-[1.7em] text-muted">
            {edited ? t('status', { rows: view.rows.length, from: state.from, to: state.to, measure }) : ''}
          </p>
        </fieldset>
      )}

      {empty ? (
        <p className="mt-4 font-semibold">{t('noSeries')}</p>
      ) : (
        <div className={geometry ? 'mt-4 grid gap-6 md:grid-cols-2' : 'mt-4'}>
          {geometry ? (
            <CountyMap
              id={`${id}-map`}
              geometry={geometry}
              values={mapValues}
              names={mapNames}
              format={format}
              label={t('mapLabel', { caption })}
              legendLabel={t('legend', { measure, unit })}
              suppressedLabel={t('suppressed')}
              insetNote={t('mapInsets')}
            />
          ) : (
            <div role="img" aria-label={t('chartLabel', { caption })} style={{ height: CHART_HEIGHT }} className="w-full" data-testid="stats-chart">
              {hydrated ? <StatsChart view={view} kind={kind} names={columns} height={CHART_HEIGHT} format={format} formatTick={(v) => compact.format(v)} percent={state.measure === 'share'} /> : null}
            </div>
          )}
          <div>
            <StatsTable
              id={`${id}-table`}
              caption={caption}
              rowHeader={rowHeader}
              columns={columns}
              rows={view.rows}
              measure={state.measure}
              locale={locale}
              suppressedLabel={t('suppressed')}
            />
            {view.anySuppressed ? <p className="mt-2 text-muted">{t('suppressedNote', { k })}</p> : null}
          </div>
        </div>
      )}

      <div className="mt-6 grid gap-6 border-t-2 border-line pt-4 md:grid-cols-2">
        <div>
          <h3 className="text-xl font-bold">{t('downloadHeading')}</h3>
          {/* Rendered before hydration too (disabled), so nothing moves when the script arrives. */}
          <p className="mt-2">
            <button type="button" className="btn-secondary disabled:opacity-60" onClick={downloadCsv} disabled={!hydrated || empty}>
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
          <p className="mt-2">
            <button type="button" className="btn-secondary disabled:opacity-60" onClick={copy} disabled={!hydrated}>
              {t('copy')}
            </button>
          </p>
          <p role="status" className="mt-2 min-h-[1.7em]">
            {note}
          </p>
          {fixed ? null : <ChartShare locale={locale} topic={data.topic} topicPath={topicPath} query={query} title={title} hydrated={hydrated} />}
        </div>
      </div>
    </section>
  );
}
