/**
 * Client examples for each app API action, in curl, JavaScript (fetch) and Python (requests),
 * made from one parameter table so the three say the same thing. Pure: the portal shows them,
 * and e2e/developers.spec.ts runs them against the running server (a fixed `timeStamp` there,
 * since its clock is pinned).
 */
import { DEMO_APP } from '@/lib/db/seed/developer-apps';
import { API_ACTIONS, BASE_PATH, type ApiActionName } from './catalog';

const DEMO_CARD = { cardType: '3J0002', cardNo: '/TAXC001', cardEncrypt: 'Demo-citizen-1!' };

/** Demo parameters per action (timeStamp is added for actions that carry one). */
const PARAMS: Record<ApiActionName, Record<string, string>> = {
  QryWinningList: { version: '0.2', action: 'QryWinningList', invTerm: '11508', UUID: 'my-device-1' },
  qryInvHeader: { version: '0.5', action: 'qryInvHeader', type: 'Barcode', invNum: 'AB12345678', invDate: '2026/10/01', generation: 'V2', UUID: 'my-device-1' },
  qryInvDetail: { version: '0.6', action: 'qryInvDetail', type: 'Barcode', invNum: 'AB12345678', invDate: '2026/10/01', invTerm: '11510', randomNumber: '1234', generation: 'V2', UUID: 'my-device-1' },
  qryLoveCode: { version: '0.2', action: 'qryLoveCode', qKey: '兒童', UUID: 'my-device-1' },
  carrierInvChk: { version: '0.6', action: 'carrierInvChk', ...DEMO_CARD, expTimeStamp: '2147483647', startDate: '2026/11/01', endDate: '2026/11/30', onlyWinningInv: 'N', uuid: 'my-device-1' },
  carrierInvDetail: { version: '0.5', action: 'carrierInvDetail', ...DEMO_CARD, expTimeStamp: '2147483647', invNum: 'AB12345678', invDate: '2026/11/01', uuid: 'my-device-1' },
  carrierInvDnt: { version: '0.1', serial: '0000000001', action: 'carrierInvDnt', ...DEMO_CARD, expTimeStamp: '2147483647', invDate: '2026/11/01', invNum: 'AB12345678', npoBan: '1031', uuid: 'my-device-1' },
  qryCarrierAgg: { version: '1.0', serial: '0000000001', action: 'qryCarrierAgg', ...DEMO_CARD, uuid: 'my-device-1' },
};

export type Examples = { curl: string; fetch: string; python: string };

type Options = { baseUrl: string; appId?: string; apiKey?: string; /** A fixed timeStamp instead of "now + 30 s". */ timeStamp?: number };

const shellQuote = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;

export function examplesFor(action: ApiActionName, options: Options): Examples {
  const entry = API_ACTIONS.find((a) => a.action === action)!;
  const url = `${options.baseUrl}${BASE_PATH}/${entry.path}`;
  const appId = options.appId ?? DEMO_APP.appId;
  const apiKey = options.apiKey ?? DEMO_APP.apiKey;
  const params = { ...PARAMS[action], appID: appId };
  const timed = entry.timed;
  const fixed = options.timeStamp !== undefined ? String(options.timeStamp) : null;

  // curl: the signature with openssl over the names sorted (LC_ALL=C sort = ASCII order).
  const curlLines = [
    ...(timed ? [`TS=${fixed ?? '$(( $(date +%s) + 30 ))'}`] : []),
    ...(entry.signed
      ? [
          `KEY=${shellQuote(apiKey)}`,
          `SIG=$(printf '%s\\n' ${Object.entries(params)
            .map(([k, v]) => shellQuote(`${k}=${v}`))
            .join(' ')} "timeStamp=$TS" | LC_ALL=C sort | paste -sd '&' - | tr -d '\\n' | openssl dgst -sha256 -hmac "$KEY" -binary | base64)`,
        ]
      : []),
    `curl -s -X POST ${shellQuote(url)} \\`,
    ...Object.entries(params).map(([k, v]) => `  --data-urlencode ${shellQuote(`${k}=${v}`)} \\`),
    ...(timed ? [`  --data-urlencode "timeStamp=$TS" \\`] : []),
    ...(entry.signed ? [`  --data-urlencode "signature=$SIG" \\`] : []),
  ];
  curlLines[curlLines.length - 1] = curlLines.at(-1)!.replace(/ \\$/, '');
  const curl = curlLines.join('\n');

  const tsJs = fixed ?? 'Math.floor(Date.now() / 1000) + 30';
  const fetchCode = [
    ...(entry.signed ? ["import { createHmac } from 'node:crypto';", ''] : []),
    `const params = ${JSON.stringify(params, null, 2)};`,
    ...(timed ? [`params.timeStamp = String(${tsJs});`] : []),
    ...(entry.signed
      ? [
          `const apiKey = ${JSON.stringify(apiKey)};`,
          "// Every parameter but signature, sorted by name (ASCII), joined name=value with &, HMAC-SHA256, Base64.",
          "const text = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');",
          "params.signature = createHmac('sha256', apiKey).update(text).digest('base64');",
        ]
      : []),
    `const response = await fetch(${JSON.stringify(url)}, { method: 'POST', body: new URLSearchParams(params) });`,
    'console.log(await response.json());',
  ].join('\n');

  const tsPy = fixed ?? 'int(time.time()) + 30';
  const pyParams = `{\n${Object.entries(params)
    .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n')}\n}`;
  const python = [
    ...(entry.signed ? ['import base64, hashlib, hmac'] : []),
    ...(timed && !fixed ? ['import time'] : []),
    'import requests',
    '',
    `params = ${pyParams}`,
    ...(timed ? [`params["timeStamp"] = str(${tsPy})`] : []),
    ...(entry.signed
      ? [
          `api_key = ${JSON.stringify(apiKey)}`,
          'text = "&".join(f"{k}={params[k]}" for k in sorted(params))',
          'params["signature"] = base64.b64encode(hmac.new(api_key.encode(), text.encode(), hashlib.sha256).digest()).decode()',
        ]
      : []),
    `print(requests.post(${JSON.stringify(url)}, data=params).json())`,
  ].join('\n');

  return { curl, fetch: fetchCode, python };
}
