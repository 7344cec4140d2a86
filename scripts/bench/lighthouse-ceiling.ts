// The framework's ceiling for a page, for Lighthouse: a minimal Next.js app whose page serves the
// same document (our page's body and stylesheets, copied from the running app) as one opaque
// block of HTML, with none of our components. Next's runtime still loads and hydrates, so the
// difference between a page and its ceiling is what our own code costs; the ceiling itself is
// what this machine allows any Next page of that size (the scores move a lot with the host's load).
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildNextApp, prepareNextAppDir, startNextApp } from './minimal-next.js';
import { fetchWithTimeout, log, repoRoot } from './util.js';

/** Pages measured beside their ceiling: those with a Lighthouse target (issues 10 and 16). */
export const CEILING_PATHS = [
  '/',
  '/lottery/check',
  '/stats',
  '/stats/industry',
  '/stats/county',
  '/calculators/late-fee',
  '/calculators/license-tax',
  '/calculators/income-tax',
];

// Outside the repository, or Next would pick up the app's own instrumentation and proxy
// (prepareNextAppDir in minimal-next.ts, shared with the API ceiling).
const dir = join(tmpdir(), 'tax-cloud-lighthouse-ceiling');

export interface Ceiling {
  /** The ceiling page's URL for one of CEILING_PATHS. */
  urlFor(path: string): string | undefined;
  stop(): Promise<void>;
}

export async function startCeiling(appBaseUrl: string, paths: readonly string[] = CEILING_PATHS): Promise<Ceiling> {
  await prepareNextAppDir(dir);
  await mkdir(join(dir, 'public', 'ceiling'), { recursive: true });
  const routes = new Map<string, string>();
  for (const [index, path] of paths.entries()) {
    const html = await (await fetchWithTimeout(`${appBaseUrl}${path}`)).text();
    const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(html);
    if (!body) throw new Error(`ceiling: no <body> in ${path}`);
    const bodyClass = /class="([^"]*)"/.exec(body[1] ?? '')?.[1] ?? '';
    const stylesheets: string[] = [];
    for (const [, href] of html.matchAll(/<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/g)) {
      const name = basename(href!);
      await copyFile(join(repoRoot, '.next', href!.slice('/_next/'.length)), join(dir, 'public', 'ceiling', name));
      stylesheets.push(`/ceiling/${name}`);
    }
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'ceiling';
    // Our scripts go; the document stays.
    const inner = (body[2] ?? '').replace(/<script\b[\s\S]*?<\/script>/g, '');
    const route = `p${index}`;
    await mkdir(join(dir, 'app', route), { recursive: true });
    await writeFile(
      join(dir, 'app', route, 'page.tsx'),
      `export const metadata = { title: ${JSON.stringify(title)}, description: 'Framework ceiling for ${path}' };\n` +
        `const BODY = ${JSON.stringify(inner)};\n` +
        'export default function Page() {\n  return (\n    <>\n' +
        stylesheets.map((href) => `      <link rel="stylesheet" href="${href}" precedence="default" />\n`).join('') +
        `      <div className=${JSON.stringify(bodyClass)} dangerouslySetInnerHTML={{ __html: BODY }} />\n    </>\n  );\n}\n`,
    );
    routes.set(path, `/${route}`);
  }
  const lang = /<html lang="([^"]+)"/.exec(await (await fetchWithTimeout(`${appBaseUrl}${paths[0] ?? '/'}`)).text())?.[1] ?? 'zh-Hant-TW';
  await writeFile(
    join(dir, 'app', 'layout.tsx'),
    `export default function Layout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="${lang}">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  );
  await writeFile(join(dir, 'next.config.mjs'), 'export default {};\n');

  log('lighthouse: building the framework ceiling (a minimal Next app serving the same documents)');
  await buildNextApp(dir);
  const first = routes.values().next().value ?? '/';
  const app = await startNextApp(dir, { readyPath: first, onStop: () => rm(dir, { recursive: true, force: true }) });
  return { urlFor: (path) => (routes.has(path) ? `${app.baseUrl}${routes.get(path)}` : undefined), stop: app.stop };
}
