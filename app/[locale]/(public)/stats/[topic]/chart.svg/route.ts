// GET /stats/<topic>/chart.svg?from=…&to=…&measure=…&series=… – the chart as the query filters it, drawn on the server.
import { chartResponse } from '@/lib/og/stats-chart';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; topic: string }> }) {
  const { locale, topic } = await params;
  return chartResponse(request, locale, topic, 'svg');
}
