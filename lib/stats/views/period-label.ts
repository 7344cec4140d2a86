/**
 * A statistics period as readers of the page's language write it. Chinese pages use the ROC
 * calendar as official statistical tables print it, without the 民國 prefix ('2021-01' → 110年1月,
 * '2025' → 114年); English pages keep the ISO form. Files (CSV, JSON) and URLs always hold the ISO
 * key, so a download or a shared link reads the same in either language. Pure.
 */
import { rocYearOf } from '@/lib/taiwan/roc';

export function periodLabel(period: string, locale: string): string {
  if (locale === 'en') return period;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!m) return period;
  const year = `${rocYearOf(Number(m[1]))}年`;
  return m[2] ? `${year}${Number(m[2])}月` : year;
}
