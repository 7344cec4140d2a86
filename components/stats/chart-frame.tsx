'use client';

/**
 * The chart's box: the server-drawn SVG first (in the page's HTML, no script needed), and the
 * interactive Recharts version only once the reader points at, touches or focuses the chart, or
 * scrolls it into view; a chart that is already on screen at load waits for the reader, so the
 * chart library never competes with the page's first load. The box's size comes from CSS
 * (aspect ratio per screen width), so the swap moves nothing. The legend is HTML, shared by both.
 * The server's drawing and legend are kept as written, not hydrated, until the view changes
 * (components/ui/server-markup.tsx); the box itself hydrates, for the reader's first reach. The
 * code of the server's drawing loads with the first view change (drawings-loader.ts).
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { ServerMarkup } from '@/components/ui/server-markup';
import type { ChartInput } from '@/lib/stats/views/chart-input';
import { seriesStyle } from '@/lib/stats/views/series';
import { useDrawings } from './drawings-loader';

type InteractiveProps = ChartInput & { names: readonly string[]; format: (v: number) => string };

type Props = InteractiveProps & {
  label: string;
  /** Above the chart: what the value axis counts, in which unit. */
  axisNote: string;
  /** Below the legend when some selected series are left out of the drawing. */
  cappedNote?: string;
};

let loaded: Promise<ComponentType<InteractiveProps>> | null = null;
const loadChart = () => (loaded ??= import('./stats-chart').then((m) => m.default));

export function ChartFrame({ label, axisNote, cappedNote, ...chart }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [Interactive, setInteractive] = useState<ComponentType<InteractiveProps> | null>(null);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (!wanted || Interactive) return;
    let live = true;
    void loadChart().then((C) => live && setInteractive(() => C));
    return () => {
      live = false;
    };
  }, [wanted, Interactive]);

  // Scrolled into view by the reader: armed on the first scroll, so a chart on screen at load
  // stays the server's drawing until someone reaches for it.
  useEffect(() => {
    const el = box.current;
    if (!el || wanted || typeof IntersectionObserver === 'undefined') return;
    let observer: IntersectionObserver | null = null;
    const arm = () => {
      window.removeEventListener('scroll', arm);
      observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) setWanted(true);
      });
      observer.observe(el);
    };
    window.addEventListener('scroll', arm, { passive: true, once: true });
    return () => {
      window.removeEventListener('scroll', arm);
      observer?.disconnect();
    };
  }, [wanted]);

  const want = () => setWanted(true);
  return (
    <div>
      <p className="text-sm text-muted" data-testid="axis-note">
        {axisNote}
      </p>
      <div
        ref={box}
        role="img"
        aria-label={label}
        className="relative aspect-[6/5] w-full md:aspect-[20/9]"
        data-testid="stats-chart"
        data-interactive={Interactive ? '' : undefined}
        onPointerEnter={want}
        onTouchStart={want}
        onFocus={want}
      >
        {Interactive ? (
          <Interactive {...chart} />
        ) : (
          <ServerMarkup as="div" version={chart.view} className="h-full w-full">
            <ChartDrawing {...chart} />
          </ServerMarkup>
        )}
      </div>
      <ServerMarkup as="ul" version={chart.view} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true" data-testid="chart-legend">
        <ChartLegend {...chart} />
      </ServerMarkup>
      {cappedNote ? <p className="mt-1 text-sm text-muted">{cappedNote}</p> : null}
    </div>
  );
}

/** The server's two drawings, drawn again only when the view changes (or in a dashboard mounted by a navigation). */
function ChartDrawing(props: ChartInput) {
  return useDrawings().chartPicture(props);
}

function ChartLegend({ view, kind, columns, allKeys, names }: InteractiveProps) {
  const keys = view.columns.map((c) => c.key);
  return columns.map((i) => {
    const style = seriesStyle(keys[i]!, allKeys);
    return (
      <li key={keys[i]} className="flex items-center gap-1.5" data-series={keys[i]}>
        <svg width="24" height="12" aria-hidden="true">
          {kind !== 'line' ? (
            <rect x="4" y="0" width="16" height="12" fill={style.colour} />
          ) : (
            <line x1="0" x2="24" y1="6" y2="6" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash || undefined} />
          )}
        </svg>
        {names[i]}
      </li>
    );
  });
}
