'use client';

/**
 * The dashboard's picture of one view: the county map, the hour × weekday heat map, or the chart
 * (the server's SVG until the reader reaches for it, chart-frame.tsx). The drawings are kept as
 * the server wrote them until the view changes (components/ui/server-markup.tsx): hydrating every
 * path, bar and cell was most of the page's load. The code that draws them (drawings.tsx) is not
 * in the page's first load either: it comes with the first view change (drawings-loader.ts).
 * Memoised on the view, so the dashboard's re-render right after hydration (controls enabled,
 * headers made sort buttons) does not reach them either.
 */
import { memo } from 'react';
import { useClientStrings } from '@/components/i18n/client-strings';
import { ServerMarkup } from '@/components/ui/server-markup';
import type { Locale } from '@/lib/i18n/routing';
import { chartInputFor } from '@/lib/stats/views/chart-input';
import type { MapGeometry } from '@/lib/stats/views/map-geometry';
import { MAX_LINES } from '@/lib/stats/views/series';
import type { ViewState } from '@/lib/stats/views/state';
import type { TableView } from '@/lib/stats/views/table';
import { formatValue } from '@/lib/stats/views/table-format';
import type { TopicShape } from '@/lib/stats/views/topics';
import { ChartFrame } from './chart-frame';
import { useDrawings } from './drawings-loader';
import type { HeatPicture, MapPicture } from './drawings';
import { explorerLabels } from './explorer-labels';

type Props = {
  id: string;
  locale: Locale;
  data: TopicShape;
  state: ViewState;
  /** buildView(cells, state), memoised by the dashboard (the server's first view until the cells load). */
  view: TableView;
  /** The column names as the table heads them. */
  names: readonly string[];
  title: string;
  geometry?: MapGeometry;
};

export const ExplorerPicture = memo(function ExplorerPicture({ id, locale, data, state, view, names, title, geometry }: Props) {
  const t = useClientStrings('Stats.island');
  const { measure, unit, caption } = explorerLabels(t, state, title, locale);
  const format = (v: number) => formatValue(v, state.measure, locale);

  if (geometry) {
    return (
      <ServerMarkup as="div" version={view}>
        <MapDrawing
          id={`${id}-map`}
          geometry={geometry}
          view={view}
          format={format}
          label={t('mapLabel', { caption })}
          legendLabel={t('legend', { measure, unit })}
          suppressedLabel={t('suppressed')}
          insetNote={t('mapInsets')}
        />
      </ServerMarkup>
    );
  }
  if (data.topic === 'hour-weekday') {
    return (
      <ServerMarkup as="div" version={view} role="img" aria-label={t('heatLabel', { caption })} data-testid="stats-chart">
        <HeatDrawing id={`${id}-heat`} view={view} format={format} suppressedLabel={t('suppressed')} legendLabel={t('legend', { measure, unit })} />
      </ServerMarkup>
    );
  }
  const chart = chartInputFor(data, state, locale, view);
  return (
    <ChartFrame
      label={t('chartLabel', { caption })}
      axisNote={t('axisNote', { measure, unit })}
      cappedNote={chart.columns.length < view.columns.length ? t('capped', { shown: chart.columns.length, total: view.columns.length, max: MAX_LINES }) : undefined}
      {...chart}
      names={names}
      format={format}
    />
  );
});

// Rendered only where something is drawn (on the server, or in the browser after a view change
// or in a dashboard mounted by a navigation): while the server's drawing is kept they do not
// render, and their code need not be here.
function MapDrawing(props: MapPicture) {
  return useDrawings().mapPicture(props);
}

function HeatDrawing(props: HeatPicture) {
  return useDrawings().heatPicture(props);
}
