/**
 * The love-code directory of this portal: 40 recipient organisations that do NOT exist. Names
 * are made of invented place words and causes, and codes come from a fixed formula, so the list
 * is the same on every run and machine; every row is marked synthetic and the pages say so.
 * A made-up code may happen to equal a real organisation's love code: that is why the pages
 * never let this directory be mistaken for the real one (see the notice on /me/donations).
 * Pure data, seeded by lib/db/seed/love-codes.ts.
 */
export type DirectoryEntry = { code: string; name: string; nameEn: string };

const PLACES = [
  ['晨光', 'Dawnlight'],
  ['青禾', 'Green Sprout'],
  ['溪石', 'Brookstone'],
  ['暖陽', 'Warm Sun'],
  ['繁星', 'Many Stars'],
] as const;

const CAUSES = [
  ['兒童關懷協會', "Children's Care Association"],
  ['長者照顧基金會', 'Elder Care Foundation'],
  ['動物保護協會', 'Animal Protection Society'],
  ['身心障礙服務協會', 'Disability Services Association'],
  ['食物銀行', 'Food Bank'],
  ['偏鄉教育協會', 'Rural Education Association'],
  ['罕見疾病關懷協會', 'Rare Disease Care Association'],
  ['環境守護基金會', 'Environment Foundation'],
] as const;

/**
 * The i-th code: 3 to 7 digits by turns (every length a love code can have), from a multiplicative
 * step that never repeats within 40 entries of the same length.
 */
function codeOf(i: number): string {
  const digits = 3 + (i % 5);
  const span = 9 * 10 ** (digits - 1);
  const value = 10 ** (digits - 1) + ((i * 7919 + 1031) % span);
  return String(value);
}

export const LOVE_CODE_DIRECTORY: readonly DirectoryEntry[] = PLACES.flatMap(([place, placeEn], p) =>
  CAUSES.map(([cause, causeEn], c) => {
    const i = p * CAUSES.length + c;
    return { code: codeOf(i), name: `${place}${cause}`, nameEn: `${placeEn} ${causeEn}` };
  }),
);
