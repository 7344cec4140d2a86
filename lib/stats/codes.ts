/** Code lists of the statistics store. The database keeps small integers; files carry the keys. */

export type CodeLabel<K extends string = string> = { code: number; key: K; name: string; nameEn: string };

export const CARRIER_TYPES = [
  { code: 0, key: 'none', name: '無載具（紙本證明聯）', nameEn: 'No carrier (printed proof)' },
  { code: 1, key: 'mobile', name: '手機條碼', nameEn: 'Mobile barcode' },
  { code: 2, key: 'member', name: '會員載具及其他非共通載具', nameEn: 'Member card and other non-common carriers' },
  { code: 3, key: 'stored-value', name: '電子票證', nameEn: 'Stored-value card' },
  { code: 4, key: 'donation', name: '捐贈（愛心碼）', nameEn: 'Donated (love code)' },
] as const satisfies readonly CodeLabel[];
export type CarrierKey = (typeof CARRIER_TYPES)[number]['key'];

export const CARRIER = { none: 0, mobile: 1, member: 2, storedValue: 3, donation: 4 } as const;
/** Carrier types whose holder is a (synthetic) person the store can count: the buyer columns are set. */
export const HOLDER_CARRIERS: readonly number[] = [CARRIER.mobile, CARRIER.member, CARRIER.storedValue];

export const AGE_BANDS = [
  { code: 1, key: 'under-20', name: '未滿20歲', nameEn: 'Under 20' },
  { code: 2, key: '20-29', name: '20–29歲', nameEn: '20–29' },
  { code: 3, key: '30-39', name: '30–39歲', nameEn: '30–39' },
  { code: 4, key: '40-49', name: '40–49歲', nameEn: '40–49' },
  { code: 5, key: '50-59', name: '50–59歲', nameEn: '50–59' },
  { code: 6, key: '60+', name: '60歲以上', nameEn: '60 and over' },
] as const satisfies readonly CodeLabel[];

export const GENDERS = [
  { code: 1, key: 'F', name: '女', nameEn: 'Female' },
  { code: 2, key: 'M', name: '男', nameEn: 'Male' },
] as const satisfies readonly CodeLabel[];

export const WEEKDAYS = [
  { code: 1, key: '1', name: '星期一', nameEn: 'Monday' },
  { code: 2, key: '2', name: '星期二', nameEn: 'Tuesday' },
  { code: 3, key: '3', name: '星期三', nameEn: 'Wednesday' },
  { code: 4, key: '4', name: '星期四', nameEn: 'Thursday' },
  { code: 5, key: '5', name: '星期五', nameEn: 'Friday' },
  { code: 6, key: '6', name: '星期六', nameEn: 'Saturday' },
  { code: 7, key: '7', name: '星期日', nameEn: 'Sunday' },
] as const satisfies readonly CodeLabel[];

export function labelOf<T extends CodeLabel>(list: readonly T[], code: number): T {
  const found = list.find((c) => c.code === code);
  if (!found) throw new Error(`unknown code ${code}`);
  return found;
}
