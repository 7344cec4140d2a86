import type { ClientTranslate } from '@/components/i18n/client-strings';
import { periodLabel } from '@/lib/stats/views/period-label';
import type { ViewState } from '@/lib/stats/views/state';

/** The words a dashboard view is named by, shared by its picture and its table (they must agree). */
export function explorerLabels(t: ClientTranslate, state: ViewState, title: string, locale: string) {
  const measure = t(`measures.${state.measure}`);
  const unit = t(`units.${state.measure}`);
  // Periods as the page's readers write them (ROC months on Chinese pages); the URL keeps ISO keys.
  const from = periodLabel(state.from, locale);
  const to = periodLabel(state.to, locale);
  const caption = state.from === state.to ? t('captionSingle', { title, measure, unit, period: from }) : t('caption', { title, measure, unit, from, to });
  return { measure, unit, from, to, caption, valueHeader: t('valueHeader', { measure, unit }) };
}
