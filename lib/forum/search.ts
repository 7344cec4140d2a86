/**
 * Full-text search that works for Chinese without a dictionary or a database extension.
 *
 * Chinese has no spaces between words, so a word parser cannot find 載具 inside
 * 「手機條碼載具怎麼歸戶」. Instead every run of CJK characters is cut into overlapping
 * two-character grams (手機 機條 條碼 碼載 載具 具怎 …) plus its last character alone; Latin
 * letters and digits are kept as lower-case words. The grams are written as a tsvector literal
 * with their positions, so a query of n ≥ 2 characters is the phrase of its n − 1 grams
 * (電子發票 → 電子 <-> 子發 <-> 發票), and a one-character query is a prefix match. The literal
 * form skips Postgres's text parser, whose idea of a "letter" depends on the server's locale:
 * the same vectors on PGlite and Postgres, found through a GIN index. Pure: runs anywhere.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/u;
const WORD = /[\p{L}\p{N}]/u;
/** tsvector positions stop at 16,383; longer texts keep their first grams. */
const MAX_POSITION = 16_383;

type Token = { text: string; cjk: boolean };

/** Runs of CJK characters and runs of other letters or digits; everything else separates. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let run = '';
  let runCjk = false;
  const flush = () => {
    if (run) out.push({ text: run, cjk: runCjk });
    run = '';
  };
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const cjk = CJK.test(ch);
    if (cjk || WORD.test(ch)) {
      if (run && cjk !== runCjk) flush();
      runCjk = cjk;
      run += ch;
    } else flush();
  }
  flush();
  return out;
}

/** The terms of a text in order: grams of CJK runs (then the run's last character), words. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokens(text)) {
    if (!token.cjk) {
      terms.push(token.text.slice(0, 100));
      continue;
    }
    const chars = [...token.text];
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    terms.push(chars.at(-1)!);
  }
  return terms;
}

const quote = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The tsvector literal stored with a thread: 'term':position … */
export function searchVector(...texts: string[]): string {
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const text of texts) {
    for (const term of searchTerms(text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(term) ?? [];
      if (list.length < 256) list.push(position);
      positions.set(term, list);
    }
    position = Math.min(position + 1, MAX_POSITION); // title and body are not one phrase
  }
  return [...positions].map(([term, list]) => `${quote(term)}:${[...new Set(list)].join(',')}`).join(' ');
}

/**
 * The tsquery literal for what a reader typed, or null when nothing searchable is left. Every
 * part must match (AND); a CJK part must match as written (its grams in a row).
 */
export function searchQuery(q: string): string | null {
  const parts: string[] = [];
  for (const token of tokens(q.slice(0, 200)).slice(0, 12)) {
    if (!token.cjk) {
      parts.push(`${quote(token.text.slice(0, 100))}:*`);
      continue;
    }
    const chars = [...token.text];
    if (chars.length === 1) {
      parts.push(`${quote(chars[0]!)}:*`);
      continue;
    }
    const grams = chars.slice(0, -1).map((c, i) => quote(c + chars[i + 1]!));
    parts.push(grams.length === 1 ? grams[0]! : `(${grams.join(' <-> ')})`);
  }
  return parts.length ? parts.join(' & ') : null;
}
