/**
 * The collecting offices the demo bills name (local taxes: the city's tax bureau; income tax: the
 * National Taxation Bureau of the region). Real office names; the bills that cite them are synthetic.
 */
export type Office = Readonly<{ code: string; name: string; nameEn: string }>;

export const OFFICES: readonly Office[] = [
  { code: 'TPETAX', name: '臺北市稅捐稽徵處', nameEn: 'Taipei City Revenue Service' },
  { code: 'NTPCTAX', name: '新北市政府稅捐稽徵處', nameEn: 'New Taipei City Revenue Service' },
  { code: 'TXGTAX', name: '臺中市政府地方稅務局', nameEn: 'Taichung City Local Tax Bureau' },
  { code: 'NTBT', name: '財政部臺北國稅局', nameEn: 'National Taxation Bureau of Taipei' },
  { code: 'NTBNA', name: '財政部北區國稅局', nameEn: 'National Taxation Bureau of the Northern Area' },
];

export function officeOf(code: string): Office {
  return OFFICES.find((o) => o.code === code) ?? { code, name: code, nameEn: code };
}
