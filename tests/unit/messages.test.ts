import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const load = (locale: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../content/messages/${locale}.json`, import.meta.url)), 'utf8'));

type Leaf = { path: string; value: unknown };

/** Every leaf (non-object value) with its dotted key path. */
function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}

const zh = leaves(load('zh-Hant-TW'));
const en = leaves(load('en'));

describe('content/messages', () => {
  it('has messages', () => {
    expect(zh.length).toBeGreaterThan(10);
  });

  it('zh-Hant-TW and en have exactly the same key paths', () => {
    const zhPaths = zh.map((l) => l.path).sort();
    const enPaths = en.map((l) => l.path).sort();
    expect(zhPaths.filter((p) => !enPaths.includes(p)), 'missing in en.json').toEqual([]);
    expect(enPaths.filter((p) => !zhPaths.includes(p)), 'missing in zh-Hant-TW.json').toEqual([]);
  });

  it.each([
    ['zh-Hant-TW', zh],
    ['en', en],
  ])('%s has only non-empty strings as values', (_locale, list) => {
    expect(list.filter((l) => typeof l.value !== 'string').map((l) => l.path)).toEqual([]);
    expect(list.filter((l) => typeof l.value === 'string' && l.value.trim() === '').map((l) => l.path)).toEqual([]);
  });

  it('uses the same ICU placeholders in both languages', () => {
    // Argument names ({name}, {count, plural, …}); plural/select branch bodies ("one {…}") are not arguments.
    const placeholders = (value: unknown) =>
      [...String(value).replace(/(?:\b(?:zero|one|two|few|many|other)|=\d+)\s*\{/g, '{#').matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)]
        .map((m) => m[1])
        .sort();
    const enByPath = new Map(en.map((l) => [l.path, l.value]));
    const mismatched = zh
      .filter((l) => enByPath.has(l.path))
      .filter((l) => JSON.stringify([...new Set(placeholders(l.value))]) !== JSON.stringify([...new Set(placeholders(enByPath.get(l.path)))]))
      .map((l) => l.path);
    expect(mismatched).toEqual([]);
  });
});
