import type { ClientTranslate } from '@/components/i18n/client-strings';
import type { ViewState } from '@/lib/stats/views/state';

/** The words a dashboard view is named by, shared by its picture and its table (they must agree). */
export function explorerLabels(t: ClientTranslate, state: ViewState, title: string) {
  const measure = t(`measures.${state.measure}`);
  const unit = t(`units.${state.measure}`);
  const caption = state.from === state.to ? t('captionSingle', { title, measure, unit, period: state.from }) : t('caption', { title, measure, unit, from: state.from, to: state.to });
  return { measure, unit, caption, valueHeader: t('valueHeader', { measure, unit }) };
}
