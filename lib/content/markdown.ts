/**
 * Help and policy pages are Markdown files in content/<collection>/<slug>.<locale>.md with
 * YAML front matter. They are read at build time only (the pages are static).
 */
import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/routing';

export type Collection = 'help' | 'pages';

const frontMatterSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  updated: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  order: z.number().int().default(100),
});

export type DocMeta = z.infer<typeof frontMatterSchema> & { slug: string };
export type Doc = { meta: DocMeta; html: string };

const SLUG = /^[a-z0-9-]+$/;

function dir(collection: Collection) {
  return path.join(process.cwd(), 'content', collection);
}

function splitFrontMatter(source: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: missing front matter`);
  return { data: parseYaml(match[1]!), body: match[2]! };
}

async function load(collection: Collection, slug: string, locale: Locale): Promise<Doc> {
  const file = path.join(dir(collection), `${slug}.${locale}.md`);
  const { data, body } = splitFrontMatter(await readFile(file, 'utf8'), file);
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: bad front matter: ${parsed.error.message}`);
  return { meta: { ...parsed.data, slug }, html: await marked.parse(body, { gfm: true }) };
}

export async function listDocs(collection: Collection, locale: Locale): Promise<DocMeta[]> {
  const suffix = `.${locale}.md`;
  const files = (await readdir(dir(collection))).filter((f) => f.endsWith(suffix));
  const docs = await Promise.all(files.map((f) => load(collection, f.slice(0, -suffix.length), locale)));
  return docs.map((d) => d.meta).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** null when there is no such page (a 404, not an error). */
export async function getDoc(collection: Collection, slug: string, locale: Locale): Promise<Doc | null> {
  if (!SLUG.test(slug)) return null;
  try {
    return await load(collection, slug, locale);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
