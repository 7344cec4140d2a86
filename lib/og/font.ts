/** The share images' font, read once per server process (Node runtime only). */
import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

let font: Promise<Buffer> | null = null;

export function ogFont(): Promise<Buffer> {
  // Built by `npm run og:font`; process.cwd() is the project root under next build/start.
  font ??= readFile(join(process.cwd(), 'lib/og/fonts/noto-sans-tc-og.ttf'));
  return font;
}
