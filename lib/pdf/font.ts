import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The one font of our PDFs (payment slips, e-receipts): a committed Noto Sans TC subset of every
 * character in the messages, lib/ and data/ (scripts/build-pdf-font.ts, `npm run pdf:font`).
 * Read once per process; process.cwd() is the project root under next build/start and in tests.
 */
let font: Promise<Buffer> | null = null;
export function pdfFont(): Promise<Buffer> {
  font ??= readFile(join(process.cwd(), 'lib/pdf/noto-sans-tc-pdf.ttf'));
  return font;
}
