/**
 * Builds the font of the PDF payment slips: Noto Sans TC Regular (SIL OFL 1.1, from
 * @expo-google-fonts/noto-sans-tc) cut down to printable ASCII, full-width punctuation, the
 * Chinese of the slip's wording (TaxBills messages), the offices, and the demo bills' subjects.
 * Run after changing that text: `npx tsx scripts/build-slip-font.ts`. The output is committed,
 * so servers never need the font package.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import zh from '../content/messages/zh-Hant-TW.json';
import { TAX_PLANS } from '../lib/db/seed/tax-bills';
import { OFFICES } from '../lib/tax-bills/data/offices';
import { SLIP_BANK } from '../lib/tax-bills/data/slip-format';

const require = createRequire(import.meta.url);
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const FULL_WIDTH = '，。、；：？！「」『』（）《》〈〉—…－～・　０１２３４５６７８９×²';
const EXTRA = '年月日民國元新臺幣第條項款一二三四五六七八九十百千萬';
export const SLIP_FONT_PATH = 'lib/tax-bills/fonts/noto-sans-tc-slip.ttf';

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

async function main() {
  const source = require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');
  const words = [...strings(zh.TaxBills), ...OFFICES.map((o) => o.name), SLIP_BANK.name, ...TAX_PLANS.flatMap((p) => p.bills.map((b) => b.subject))].join('');
  const text = [...new Set(ASCII + FULL_WIDTH + EXTRA + words)].sort().join('');
  const subset = await subsetFont(await readFile(source), text, { targetFormat: 'truetype' });
  await writeFile(SLIP_FONT_PATH, subset);
  console.log(`${SLIP_FONT_PATH}: ${text.length} characters, ${(subset.length / 1024).toFixed(1)} KiB`);
}

await main();
