/**
 * At server start: the origin the build's static pages link to (canonical, og:url, og:image,
 * /developers' examples) against APP_URL. A build made for another origin hands out dead links,
 * so the server says so (npm start rebuilds instead; `next start` on its own cannot).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildMatchesOrigin, originFromRobots } from './site-origin';

export function warnOnBuildOrigin(appUrl: string): void {
  const robots = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app', 'robots.txt.body');
  if (!existsSync(robots)) return;
  const built = originFromRobots(readFileSync(robots, 'utf8'));
  if (built && !buildMatchesOrigin(built, appUrl)) {
    console.warn(`[origin] the pages were built for ${built}, but APP_URL is ${new URL(appUrl).origin}: canonical links and share cards point to ${built}. Build again with APP_URL set (npm start does).`);
  }
}
