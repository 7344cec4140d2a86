// carrierInvChk in process, without HTTP or Next: the action's own cost for demo citizen 1 with
// 2,000 more invoices in one month (the database einvoice-world.ts prepares). Prints p50/p95 of
// CALLS calls, one at a time (each with a new device UUID, within the app's quota).
// Run (AUTH_SECRET the same as when the world was made; TAX_CLOUD_NOW optional):
//   node --conditions react-server --import tsx scripts/bench/einvoice-world.ts <dir> <YYYY-MM>
//   node --conditions react-server --import tsx scripts/bench/einvoice-carrier-inprocess.ts <dir> <YYYY-MM> [calls=30]
import { randomUUID } from 'node:crypto';
import { now } from '../../lib/clock';
import { createDbHandle } from '../../lib/db/client';
import { resolveDbConfig } from '../../lib/db/config';
import { DEMO_APP } from '../../lib/db/seed/developer-apps';
import { dispatch } from '../../lib/einvoice-api/dispatch';
import { answerCode, benchTimeStamp } from './einvoice-answers';

const [dir, month, callsText] = process.argv.slice(2);
if (!dir || !/^\d{4}-\d{2}$/.test(month ?? '')) throw new Error('usage: einvoice-carrier-inprocess.ts <pgliteDir> <YYYY-MM> [calls]');
const calls = Number(callsText ?? 30);
const [y, m] = month!.split('-').map(Number) as [number, number];
const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
const handle = createDbHandle(resolveDbConfig(undefined, dir));
try {
  const times: number[] = [];
  const codes = new Map<string, number>();
  for (let i = 0; i < calls + 3; i++) {
    const params = new URLSearchParams({
      version: '0.6', action: 'carrierInvChk', cardType: '3J0002', cardNo: '/TAXC001', cardEncrypt: 'Demo-citizen-1!',
      expTimeStamp: '2147483647', timeStamp: benchTimeStamp(), startDate: `${y}/${String(m).padStart(2, '0')}/01`,
      endDate: `${y}/${String(m).padStart(2, '0')}/${last}`, onlyWinningInv: 'N', uuid: randomUUID(), appID: DEMO_APP.appId,
    });
    const request = new Request('http://127.0.0.1/PB2CAPIVAN/invServ/InvServ', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: params.toString() });
    const t = performance.now();
    const res = await dispatch(request, 'invServ/InvServ', { db: handle.db, at: now() });
    const text = await res.text();
    if (i < 3) continue; // warm-up
    times.push(performance.now() - t);
    const code = answerCode(res.status, text);
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  console.log(JSON.stringify({ calls, p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), codes: Object.fromEntries(codes) }));
} finally {
  await handle.close();
}
