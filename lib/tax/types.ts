/**
 * Shared shapes of the tax calculators. No framework imports: lib/tax runs unchanged in the
 * browser, on the edge runtime, on Node and in tests.
 */

/** The two languages Tax Cloud speaks; kept here so lib/tax does not depend on next-intl. */
export type TaxLocale = 'zh-Hant-TW' | 'en';

/** Every label and note the calculators produce comes in both languages, Chinese first. */
export type LocalizedText = Readonly<{ 'zh-Hant-TW': string; en: string }>;

/**
 * The domain research marks each figure: [V2] two or more independent sources agree,
 * [1S] one source, [U] unverified (memory, inference or a weak source). Pages must say so
 * whenever a result rests on anything below 'verified'.
 */
export type Confidence = 'verified' | 'single-source' | 'uncertain';

/**
 * Provenance carried by every data row. `validFrom` is null where the sources do not record
 * when the figure took effect (the calculators then say so rather than guess).
 */
export type Sourced = Readonly<{
  validFrom: string | null;
  source: string;
  confidence: Confidence;
  note?: string;
}>;

/** A figure with its provenance. */
export type Figure<T> = Sourced & Readonly<{ value: T }>;

/**
 * A legal basis. `article`, `paragraph` (項), `subparagraph` (款) and `item` (目) locate the text;
 * `citation` reads it out as a court would write it: 稅捐稽徵法第20條第1項 / Tax Collection Act,
 * Article 20, paragraph 1. Build it with `cite()` in laws.ts so the two never disagree.
 */
export type LegalBasis = Readonly<{
  law: LocalizedText;
  article?: number;
  paragraph?: number;
  subparagraph?: number;
  item?: number;
  url?: string;
  citation: LocalizedText;
  /** How sure the domain research is that this article governs the step (absent: as sure as the figure). */
  confidence?: Confidence;
}>;

/**
 * One line of "how we got there". `value` is a language-neutral result that is not money (a
 * date, a day count, a rate); `amount` is whole NTD; `formula` shows the arithmetic.
 */
export type Step = Readonly<{
  id: string;
  label: LocalizedText;
  value?: string;
  amount?: number;
  formula?: string;
  basis: LegalBasis;
  confidence?: Confidence;
  note?: LocalizedText;
}>;

/** Something the page must tell the citizen next to the result (uncertain figure, missing table…). */
export type TaxWarning = Readonly<{
  code: string;
  params?: Readonly<Record<string, string | number | LocalizedText>>;
  message: LocalizedText;
}>;

/** Whether a figure of this confidence must be flagged to the reader. */
export function needsCaveat(confidence: Confidence): boolean {
  return confidence !== 'verified';
}
