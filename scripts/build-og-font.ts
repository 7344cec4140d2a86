/**
 * Builds the small font the share images use: Noto Sans TC Bold (SIL OFL 1.1, from
 * @expo-google-fonts/noto-sans-tc) cut down to printable ASCII, common full-width punctuation,
 * the words of every share image (lottery periods and open statistics) and every CJK character a
 * period label can hold; and a larger one for forum threads (lib/og/forum-share.ts).
 * Run after changing share-image text: `npm run og:font`. The output is committed, so
 * builds and servers never need the 60 MB font package.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { shareCharacters } from '../lib/og/lottery-share';
import { statsShareCharacters } from '../lib/og/stats-share';
import { FORUM_SHARE_TEXT, big5CommonCharacters } from '../lib/og/forum-share';
import { sourcedPeriods } from '../lib/lottery/records';

const require = createRequire(import.meta.url);
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const FULL_WIDTH = '，。、；：？！「」『』（）《》〈〉—…－～・　０１２３４５６７８９';
// Month names and year markers beyond the sourced periods, so later periods need no rebuild.
const EXTRA = '年月日期至元第一二三四五六七八九十百千萬億特別獎頭增開';

export const OG_FONT_PATH = 'lib/og/fonts/noto-sans-tc-og.ttf';
export const FORUM_FONT_PATH = 'lib/og/fonts/noto-sans-tc-forum.ttf';

async function main() {
  const source = require.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf');
  const text = [...new Set(ASCII + FULL_WIDTH + EXTRA + shareCharacters(sourcedPeriods()) + statsShareCharacters())].sort().join('');
  const subset = await subsetFont(await readFile(source), text, { targetFormat: 'truetype' });
  await writeFile(OG_FONT_PATH, subset);
  await writeFile('lib/og/fonts/glyphs.txt', `${text}\n`);
  console.log(`${OG_FONT_PATH}: ${text.length} characters, ${(subset.length / 1024).toFixed(1)} KiB`);

  // The forum's images show titles anyone writes: Big5's 5,401 common characters besides the rest.
  const forumText = [...new Set(ASCII + FULL_WIDTH + FORUM_SHARE_TEXT.join('') + big5CommonCharacters())].sort().join('');
  const forumSubset = await subsetFont(await readFile(source), forumText, { targetFormat: 'truetype' });
  await writeFile(FORUM_FONT_PATH, forumSubset);
  await writeFile('lib/og/fonts/forum-glyphs.txt', `${forumText}\n`);
  console.log(`${FORUM_FONT_PATH}: ${forumText.length} characters, ${(forumSubset.length / 1024).toFixed(1)} KiB`);
}

await main();
