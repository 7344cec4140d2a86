/**
 * Days Taiwan's government offices are closed, 2021–2027, copied from data/domain/data/office-calendar.json
 * (行政院人事行政總處「政府行政機關辦公日曆表」, data.gov.tw dataset 14718, cross-checked; see that file's
 * sources). Dates and names only: the sources stay in the JSON, and tests/unit/taiwan-office-calendar.test.ts
 * fails when this table and the JSON differ. Kept as code, not an import of the JSON, so the browser bundle of
 * the live calculators carries 10 KB of dates and names rather than 24 KB with the provenance.
 *
 * Model (data/domain addenda §E): a date is closed iff it is a Saturday or Sunday not listed as a make-up
 * workday, or it is listed as a closed weekday. Typhoon closures are not in the table (declared city by city).
 */

export type OfficeDay = Readonly<{ date: string; name: string }>;

/** 'V2' two or more independent sources, '1S' one, 'U' unverified (data/domain README). */
export type CalendarYear = Readonly<{
  year: number;
  confidence: 'V2' | '1S' | 'U';
  closedWeekdays: readonly OfficeDay[];
  makeUpWorkdays: readonly OfficeDay[];
}>;

export const OFFICE_CALENDAR: readonly CalendarYear[] = [
  {
    year: 2021,
    confidence: 'V2',
    closedWeekdays: [
      { date: '2021-01-01', name: '中華民國開國紀念日' },
      { date: '2021-02-10', name: '調整放假（農曆除夕前一日；2021-02-20 補行上班）' },
      { date: '2021-02-11', name: '農曆除夕' },
      { date: '2021-02-12', name: '春節（初一）' },
      { date: '2021-02-15', name: '補假（春節初二、初三 2/13–2/14 逢週末）' },
      { date: '2021-02-16', name: '補假（春節初二、初三 2/13–2/14 逢週末）' },
      { date: '2021-03-01', name: '補假（和平紀念日 2/28 逢週日）' },
      { date: '2021-04-02', name: '補假（兒童節及民族掃墓節 4/4 同日且逢週日）' },
      { date: '2021-04-05', name: '補假（兒童節及民族掃墓節 4/4 同日且逢週日）' },
      { date: '2021-06-14', name: '端午節' },
      { date: '2021-09-20', name: '調整放假（2021-09-11 補行上班）' },
      { date: '2021-09-21', name: '中秋節' },
      { date: '2021-10-11', name: '補假（國慶日 10/10 逢週日）' },
      { date: '2021-12-31', name: '補假（111年開國紀念日 2022-01-01 逢週六）' },
    ],
    makeUpWorkdays: [
      { date: '2021-02-20', name: '補行上班（補 2/10 調整放假）' },
      { date: '2021-09-11', name: '補行上班（補 9/20 調整放假）' },
    ],
  },
  {
    year: 2022,
    confidence: 'V2',
    closedWeekdays: [
      { date: '2022-01-31', name: '農曆除夕' },
      { date: '2022-02-01', name: '春節（初一）' },
      { date: '2022-02-02', name: '春節（初二）' },
      { date: '2022-02-03', name: '春節（初三）' },
      { date: '2022-02-04', name: '調整放假（2022-01-22 補行上班）' },
      { date: '2022-02-28', name: '和平紀念日' },
      { date: '2022-04-04', name: '兒童節' },
      { date: '2022-04-05', name: '民族掃墓節' },
      { date: '2022-06-03', name: '端午節' },
      { date: '2022-09-09', name: '補假（中秋節 9/10 逢週六）' },
      { date: '2022-10-10', name: '國慶日' },
    ],
    makeUpWorkdays: [
      { date: '2022-01-22', name: '補行上班（補 2/4 調整放假）' },
    ],
  },
  {
    year: 2023,
    confidence: 'V2',
    closedWeekdays: [
      { date: '2023-01-02', name: '補假（開國紀念日 1/1 逢週日）' },
      { date: '2023-01-20', name: '小年夜（農曆除夕前一日，調整放假；2023-01-07 補行上班）' },
      { date: '2023-01-23', name: '春節（初二）' },
      { date: '2023-01-24', name: '春節（初三）' },
      { date: '2023-01-25', name: '補假（農曆除夕 1/21 逢週六）' },
      { date: '2023-01-26', name: '補假（春節初一 1/22 逢週日）' },
      { date: '2023-01-27', name: '調整放假（2023-02-04 補行上班）' },
      { date: '2023-02-27', name: '調整放假（2023-02-18 補行上班）' },
      { date: '2023-02-28', name: '和平紀念日' },
      { date: '2023-04-03', name: '調整放假（2023-03-25 補行上班）' },
      { date: '2023-04-04', name: '兒童節' },
      { date: '2023-04-05', name: '民族掃墓節' },
      { date: '2023-06-22', name: '端午節' },
      { date: '2023-06-23', name: '調整放假（2023-06-17 補行上班）' },
      { date: '2023-09-29', name: '中秋節' },
      { date: '2023-10-09', name: '調整放假（2023-09-23 補行上班）' },
      { date: '2023-10-10', name: '國慶日' },
    ],
    makeUpWorkdays: [
      { date: '2023-01-07', name: '補行上班（補 1/20 小年夜調整放假）' },
      { date: '2023-02-04', name: '補行上班（補 1/27 調整放假）' },
      { date: '2023-02-18', name: '補行上班（補 2/27 調整放假）' },
      { date: '2023-03-25', name: '補行上班（補 4/3 調整放假）' },
      { date: '2023-06-17', name: '補行上班（補 6/23 調整放假）' },
      { date: '2023-09-23', name: '補行上班（補 10/9 調整放假）' },
    ],
  },
  {
    year: 2024,
    confidence: 'V2',
    closedWeekdays: [
      { date: '2024-01-01', name: '中華民國開國紀念日' },
      { date: '2024-02-08', name: '小年夜（農曆除夕前一日，調整放假；2024-02-17 補行上班）' },
      { date: '2024-02-09', name: '農曆除夕' },
      { date: '2024-02-12', name: '春節（初三）' },
      { date: '2024-02-13', name: '補假（春節初一 2/10 逢週六）' },
      { date: '2024-02-14', name: '補假（春節初二 2/11 逢週日）' },
      { date: '2024-02-28', name: '和平紀念日' },
      { date: '2024-04-04', name: '兒童節及民族掃墓節' },
      { date: '2024-04-05', name: '補假（兒童節與民族掃墓節同日）' },
      { date: '2024-06-10', name: '端午節' },
      { date: '2024-09-17', name: '中秋節' },
      { date: '2024-10-10', name: '國慶日' },
    ],
    makeUpWorkdays: [
      { date: '2024-02-17', name: '補行上班（補 2/8 小年夜調整放假）' },
    ],
  },
  {
    year: 2025,
    confidence: 'V2',
    closedWeekdays: [
      { date: '2025-01-01', name: '中華民國開國紀念日' },
      { date: '2025-01-27', name: '小年夜（農曆除夕前一日，調整放假；2025-02-08 補行上班）' },
      { date: '2025-01-28', name: '農曆除夕' },
      { date: '2025-01-29', name: '春節（初一）' },
      { date: '2025-01-30', name: '春節（初二）' },
      { date: '2025-01-31', name: '春節（初三）' },
      { date: '2025-02-28', name: '和平紀念日' },
      { date: '2025-04-03', name: '補假（兒童節與民族掃墓節同日 4/4，於前一日放假）' },
      { date: '2025-04-04', name: '兒童節及民族掃墓節' },
      { date: '2025-05-30', name: '補假（端午節 5/31 逢週六）' },
      { date: '2025-09-29', name: '補假（孔子誕辰紀念日/教師節 9/28 逢週日；2025-06-13 修正版新增）' },
      { date: '2025-10-06', name: '中秋節' },
      { date: '2025-10-10', name: '國慶日' },
      { date: '2025-10-24', name: '補假（臺灣光復暨金門古寧頭大捷紀念日 10/25 逢週六；2025-06-13 修正版新增）' },
      { date: '2025-12-25', name: '行憲紀念日（2025-06-13 修正版新增）' },
    ],
    makeUpWorkdays: [
      { date: '2025-02-08', name: '補行上班（補 1/27 小年夜調整放假）' },
    ],
  },
  {
    year: 2026,
    confidence: 'V2',
    closedWeekdays: [
      { date: '2026-01-01', name: '中華民國開國紀念日' },
      { date: '2026-02-16', name: '農曆除夕' },
      { date: '2026-02-17', name: '春節（初一）' },
      { date: '2026-02-18', name: '春節（初二）' },
      { date: '2026-02-19', name: '春節（初三）' },
      { date: '2026-02-20', name: '補假（除夕前一日/小年夜 2/15 逢週日）' },
      { date: '2026-02-27', name: '補假（和平紀念日 2/28 逢週六）' },
      { date: '2026-04-03', name: '補假（兒童節 4/4 逢週六）' },
      { date: '2026-04-06', name: '補假（清明節/民族掃墓節 4/5 逢週日）' },
      { date: '2026-05-01', name: '勞動節' },
      { date: '2026-06-19', name: '端午節' },
      { date: '2026-09-25', name: '中秋節' },
      { date: '2026-09-28', name: '孔子誕辰紀念日/教師節' },
      { date: '2026-10-09', name: '補假（國慶日 10/10 逢週六）' },
      { date: '2026-10-26', name: '補假（臺灣光復暨金門古寧頭大捷紀念日 10/25 逢週日）' },
      { date: '2026-12-25', name: '行憲紀念日' },
    ],
    makeUpWorkdays: [],
  },
  {
    year: 2027,
    confidence: 'V2',
    closedWeekdays: [
      { date: '2027-01-01', name: '中華民國開國紀念日' },
      { date: '2027-02-04', name: '小年夜（除夕前一日）' },
      { date: '2027-02-05', name: '農曆除夕' },
      { date: '2027-02-08', name: '春節（初三）' },
      { date: '2027-02-09', name: '補假（春節初一 2/6 逢週六）' },
      { date: '2027-02-10', name: '補假（春節初二 2/7 逢週日）' },
      { date: '2027-03-01', name: '補假（和平紀念日 2/28 逢週日）' },
      { date: '2027-04-05', name: '清明節（民族掃墓節）' },
      { date: '2027-04-06', name: '補假（兒童節 4/4 逢週日）' },
      { date: '2027-04-30', name: '補假（勞動節 5/1 逢週六）' },
      { date: '2027-06-09', name: '端午節' },
      { date: '2027-09-15', name: '中秋節' },
      { date: '2027-09-28', name: '孔子誕辰紀念日/教師節' },
      { date: '2027-10-11', name: '補假（國慶日 10/10 逢週日）' },
      { date: '2027-10-25', name: '臺灣光復暨金門古寧頭大捷紀念日' },
      { date: '2027-12-24', name: '補假（行憲紀念日 12/25 逢週六）' },
      { date: '2027-12-31', name: '補假（117年開國紀念日 2028-01-01 逢週六）' },
    ],
    makeUpWorkdays: [],
  },
];
