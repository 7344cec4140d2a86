/** The share images' fonts, read once per server process (Node runtime only). */
import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

let font: Promise<Buffer> | null = null;
let forum: Promise<Buffer> | null = null;
let forumSet: Promise<Set<string>> | null = null;

// Built by `npm run og:font`; process.cwd() is the project root under next build/start.
export function ogFont(): Promise<Buffer> {
  font ??= readFile(join(process.cwd(), 'lib/og/fonts/noto-sans-tc-og.ttf'));
  return font;
}

/** The forum's images show anyone's words: a larger subset (Big5's common characters). */
export function forumFont(): Promise<Buffer> {
  forum ??= readFile(join(process.cwd(), 'lib/og/fonts/noto-sans-tc-forum.ttf'));
  return forum;
}

/** The characters the forum font has (written beside it by `npm run og:font`). */
export function forumGlyphs(): Promise<Set<string>> {
  forumSet ??= readFile(join(process.cwd(), 'lib/og/fonts/forum-glyphs.txt'), 'utf8').then((text) => new Set(text.trimEnd()));
  return forumSet;
}
