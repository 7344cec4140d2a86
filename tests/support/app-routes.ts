/**
 * Where a localised page's file lives. Pages sit in route groups (app/[locale]/(public), (citizen),
 * (citizen-auth), (staff)), which do not appear in the URL, so a test asking "does /forum have a page"
 * looks in each group.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const LOCALE_DIR = path.join(process.cwd(), 'app', '[locale]');

function groups(): string[] {
  return ['', ...readdirSync(LOCALE_DIR).filter((name) => name.startsWith('(') && name.endsWith(')'))];
}

/** The folder of a URL path below the locale (e.g. '/lottery'), or null when no group has it. */
export function routeDir(href: string): string | null {
  for (const group of groups()) {
    const dir = path.join(LOCALE_DIR, group, href.replace(/^\//, ''));
    if (existsSync(dir)) return dir;
  }
  return null;
}

/** The page.tsx of a URL path below the locale, or null. */
export function pageFile(href: string): string | null {
  for (const group of groups()) {
    const file = path.join(LOCALE_DIR, group, href.replace(/^\//, ''), 'page.tsx');
    if (existsSync(file)) return file;
  }
  return null;
}
