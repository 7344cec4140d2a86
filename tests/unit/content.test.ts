import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const LOCALES = ['zh-Hant-TW', 'en'] as const;
const FILE = /^([a-z0-9-]+)\.(zh-Hant-TW|en)\.md$/;

function collection(name: 'help' | 'pages') {
  const dir = fileURLToPath(new URL(`../../content/${name}/`, import.meta.url));
  const files = readdirSync(dir).filter((f) => !f.startsWith('.'));
  const slugs = [...new Set(files.map((f) => FILE.exec(f)?.[1] ?? f))].sort();
  return { dir, files, slugs };
}

function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(readFileSync(file, 'utf8'));
  expect(match, `${file} has no front matter`).not.toBeNull();
  const data: unknown = parseYaml(match![1]!);
  expect(data).toBeTypeOf('object');
  return data as Record<string, unknown>;
}

describe.each(['help', 'pages'] as const)('content/%s', (name) => {
  const { dir, files, slugs } = collection(name);

  it('has pages, and every file is named <slug>.<locale>.md', () => {
    expect(slugs.length).toBeGreaterThan(0);
    expect(files.filter((f) => !FILE.test(f))).toEqual([]);
  });

  it('has every page in both locales', () => {
    const missing = slugs.flatMap((slug) => LOCALES.map((l) => `${slug}.${l}.md`)).filter((f) => !files.includes(f));
    expect(missing).toEqual([]);
  });

  for (const slug of slugs) {
    for (const locale of LOCALES) {
      const file = `${slug}.${locale}.md`;
      it(`${file} has valid front matter`, () => {
        const meta = frontMatter(`${dir}${file}`);
        expect(meta.title, 'title').toBeTypeOf('string');
        expect(String(meta.title).trim()).not.toBe('');
        expect(meta.description, 'description').toBeTypeOf('string');
        expect(String(meta.description).trim()).not.toBe('');
        expect(String(meta.description).length, 'description length').toBeLessThanOrEqual(150);
        expect(meta.updated, 'updated').toBeTypeOf('string');
        expect(meta.updated).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
        expect(Number.isNaN(new Date(`${String(meta.updated)}T00:00:00Z`).getTime())).toBe(false);
        expect(meta.order, 'order').toBeTypeOf('number');
        expect(Number.isFinite(meta.order)).toBe(true);
      });
    }

    it(`${slug} has the same order in both locales`, () => {
      const [zh, en] = LOCALES.map((l) => frontMatter(`${dir}${slug}.${l}.md`).order);
      expect(en).toBe(zh);
    });
  }
});
