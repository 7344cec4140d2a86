// Baseline servers written as scripts (scripts/bench/baselines/*.ts): started with tsx in their
// own process group, like the app, announcing their port on the first line of stdout.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { killGroup, registerCleanup, repoRoot, withTimeout } from './util.js';

export async function startScriptBaseline(script: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const unregister = registerCleanup(() => killGroup(child));
  const stop = async () => {
    unregister();
    await killGroup(child);
  };
  try {
    const firstLine = new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    });
    const port = Number(await withTimeout(firstLine, 30_000, `${script} start`));
    return { url: `http://127.0.0.1:${port}`, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
