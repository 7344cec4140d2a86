/**
 * The browser tests need Debian's Chromium and CJK fonts (Playwright cannot download a browser
 * here). `npm test` is one of README's two commands that set everything up, so on a machine
 * where it may install packages (root with apt-get, or password-less sudo) it installs them;
 * elsewhere it says exactly what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function hasCjkFonts(): boolean {
  const list = spawnSync('fc-list', [':lang=zh-tw', 'family'], { encoding: 'utf8' });
  return list.status === 0 && /Noto Sans CJK/i.test(list.stdout);
}

function canRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** How to run apt-get here: directly as root, through sudo without a password, or not at all. */
function aptPrefix(): string[] | null {
  if (!canRun('apt-get', ['--version'])) return null;
  if (process.getuid?.() === 0) return [];
  return canRun('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
}

function apt(prefix: string[], args: string[]): boolean {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  const run = spawnSync(command!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return run.status === 0;
}

/** True when Chromium (and fonts) are ready, installing them when allowed. */
export function ensureBrowser(chromiumPath: string): boolean {
  const missing = [...(existsSync(chromiumPath) ? [] : ['chromium']), ...(hasCjkFonts() ? [] : ['fonts-noto-cjk'])];
  if (missing.length === 0) return true;
  const prefix = chromiumPath === '/usr/bin/chromium' || missing.every((p) => p !== 'chromium') ? aptPrefix() : null;
  if (prefix) {
    console.log(`[test] installing ${missing.join(' ')} for the browser tests (apt-get)…`);
    if (apt(prefix, ['update', '-qq']) && apt(prefix, ['install', '-y', '-qq', ...missing]) && existsSync(chromiumPath)) return true;
  }
  if (existsSync(chromiumPath)) {
    console.warn('[test] Noto Sans CJK is not installed: Chinese pages will render with another font.');
    return true;
  }
  console.error(
    `No Chromium at ${chromiumPath}. The browser tests drive Debian's Chromium (Playwright cannot download one here).\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\n` +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
  return false;
}
