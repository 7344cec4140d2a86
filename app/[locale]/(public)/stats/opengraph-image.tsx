import { statsImage, OG_SIZE } from '@/lib/og/stats-image';
import { datasetMetadata, topicData } from '@/lib/stats/read-datasets';
import { overviewShareInput } from '@/lib/stats/views/share';

// Node, not edge: the CJK font is too large for an edge bundle. Static like the page.
export const runtime = 'nodejs';
export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = '電子發票開放統計（合成資料）Open e-invoice statistics (synthetic data)';

export default async function Image() {
  return statsImage(overviewShareInput(topicData('carrier', 'zh-Hant-TW'), datasetMetadata('einvoice-carrier-monthly').modified));
}
