/**
 * The app API under /PB2CAPIVAN/…, answered as the Ministry's is (README §4): every answer is
 * HTTP 200 with JSON `{ v, code, msg, … }`, refusals carry the spec's codes. In order:
 * parameters (query string and form body) → path and action (904) → app ID (998) → device
 * UUID (997) → per-app and per-device rate limits (950, with Retry-After and RateLimit-*
 * headers) → for signed actions the signature (954) → timeStamp / expTimeStamp (951 / 952) →
 * the action. Each call of a known app is counted on its usage page.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { appCredentials, recordUsage } from '@/lib/developer-apps/store';
import { requestMetaFrom } from '@/lib/http/request-meta';
import type { PolicyName } from '@/lib/rate-limit/policies';
import { rateLimitHeaders } from '@/lib/rate-limit/headers';
import { reserveAttempt } from '@/lib/rate-limit/store';
import * as actions from './actions';
import { API_ACTIONS, type ApiActionName } from './catalog';
import { EinvoiceApiError, failure, messageOf, type ResponseCode } from './codes';
import { readParams, type Params } from './params';
import { verifySignature } from './signature';

type Action = (typeof API_ACTIONS)[number] & { run: (ctx: actions.ActionContext) => Promise<actions.ActionResult> };

const RUN: Record<ApiActionName, Action['run']> = {
  QryWinningList: actions.qryWinningList,
  qryInvHeader: actions.qryInvHeader,
  qryInvDetail: actions.qryInvDetail,
  qryLoveCode: actions.qryLoveCode,
  carrierInvChk: actions.carrierInvChk,
  carrierInvDetail: actions.carrierInvDetail,
  carrierInvDnt: actions.carrierInvDnt,
  qryCarrierAgg: actions.qryCarrierAgg,
};

/** Path → action name → action (catalog.ts). */
export const ROUTES: Record<string, Record<string, Action>> = {};
for (const entry of API_ACTIONS) (ROUTES[entry.path] ??= {})[entry.action] = { ...entry, run: RUN[entry.action] };

/** Paths whose single action the spec does not always name in the parameters. */
const DEFAULT_ACTION: Record<string, string> = { 'CarInv/Donate': 'carrierInvDnt', 'Carrier/Aggregate': 'qryCarrierAgg', 'loveCodeapp/qryLoveCode': 'qryLoveCode' };

/**
 * Clients send timeStamp = now + 10…180 s (README §4). Accepted: up to 3 minutes in the past
 * (a slow network, a clock behind) and 6 minutes ahead; anything else is a replay or a wrong
 * clock and answers 951.
 */
export const TIMESTAMP_PAST_SECONDS = 180;
export const TIMESTAMP_FUTURE_SECONDS = 360;

const DEVICE = /^[\x21-\x7e]{1,64}$/;

type Options = { db?: Kysely<Database>; at?: Date };

function answer(body: Record<string, unknown>, headers: Record<string, string> = {}, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', ...headers },
  });
}

async function limit(db: Kysely<Database> | undefined, policy: PolicyName, key: string, at: Date): Promise<Record<string, string>> {
  const reservation = await reserveAttempt(await resolveDb(db), policy, key, at);
  const headers = rateLimitHeaders(policy, reservation);
  if (!reservation.allowed) throw new EinvoiceApiError('950', { headers });
  return headers;
}

function checkTimestamps(params: Params, at: Date): void {
  const ts = params.get('timeStamp');
  const exp = params.get('expTimeStamp');
  if (!ts || !/^\d{1,12}$/.test(ts)) throw new EinvoiceApiError('903');
  const seconds = Math.floor(at.getTime() / 1000);
  const skew = Number(ts) - seconds;
  if (skew < -TIMESTAMP_PAST_SECONDS || skew > TIMESTAMP_FUTURE_SECONDS) throw new EinvoiceApiError('951');
  if (exp !== undefined) {
    if (!/^\d{1,12}$/.test(exp)) throw new EinvoiceApiError('903');
    if (Number(exp) < seconds) throw new EinvoiceApiError('952');
  }
}

/** The answer to a request at /PB2CAPIVAN/{path}. */
export async function dispatch(request: Request, path: string, options: Options = {}): Promise<Response> {
  const at = options.at ?? now();
  const route = ROUTES[path];
  if (!route) return answer(failure('', '904'), {}, 404);
  const params = await readParams(request);
  if (params === 'too_large') return answer(failure('', '903'), {}, 413);
  const name = params.get('action') ?? DEFAULT_ACTION[path];
  const action = name ? route[name] : undefined;
  if (!action || !name) return answer(failure(params.get('version') ?? '', '904'));
  const v = action.version;

  let headers: Record<string, string> = {};
  let appId: string | null = null;
  let limited = false;
  try {
    const app = await appCredentials(params.get('appID') ?? '', { db: options.db });
    if (app.status !== 'active') throw new EinvoiceApiError('998');
    appId = app.appId;
    const device = params.any('UUID', 'uuid') ?? null;
    if (device !== null && !DEVICE.test(device)) throw new EinvoiceApiError('997');
    headers = await limit(options.db, 'einvoice-api:app', app.appId, at);
    if (device) headers = await limit(options.db, 'einvoice-api:device', `${app.appId}\0${device}`, at);
    if (action.signed && !verifySignature(params.pairs, app.apiKey, params.get('signature'))) throw new EinvoiceApiError('954');
    if (action.timed) checkTimestamps(params, at);
    const meta = requestMetaFrom(request.headers);
    const body = await action.run({ params, appId: app.appId, device, meta, at, db: options.db });
    return answer({ v, code: '200', msg: messageOf('200'), ...body }, headers);
  } catch (error) {
    if (error instanceof EinvoiceApiError) {
      limited = error.code === '950';
      return answer({ ...failure(v, error.code, error.msg), ...error.body }, { ...headers, ...error.headers });
    }
    if (isDatabaseUnavailable(error)) return answer(failure(v, '951'), { 'Retry-After': '5' });
    const reference = crypto.randomUUID();
    console.error(`[einvoice-api] ${path} ${name} failed (ref ${reference}):`, (error as Error)?.name, (error as Error)?.message);
    return answer(failure(v, '999'));
  } finally {
    if (appId) await recordUsage(appId, name, limited, { db: options.db, at }).catch(() => {});
  }
}

export type { ResponseCode };
