/**
 * The developer portal (issue 15): /developers documents the app API and its demo app; a citizen
 * registers an app at /me/apps, sees the API key once, and an existing-style client call signed
 * with that key works against this server at once (the key is not kept in clear anywhere).
 * axe on every page it visits.
 */
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { API_ACTIONS } from '../lib/einvoice-api/catalog';
import { examplesFor } from '../lib/einvoice-api/examples';
import { registerCitizen } from './support/citizens';
import { expectNoViolations } from './support/axe';
import { zh } from './support/messages';

const d = zh.Developers;
// The servers of this suite run as on 2026-11-30T04:00Z (playwright.config.ts).
const SERVER_SECONDS = Math.floor(Date.parse('2026-11-30T04:00:00Z') / 1000);
const DEMO_APP_ID = 'EINV2026113001';

function sign(params: Record<string, string>, key: string): Record<string, string> {
  const text = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return { ...params, signature: createHmac('sha256', key).update(text).digest('base64') };
}

test('the portal documents the app API, and the demo app answers an existing client’s call', async ({ page, request }) => {
  // Many pages and requests in one test: past 30 s when the machine is shared (CI timed out here).
  test.setTimeout(90_000);
  await page.goto('/developers');
  await expect(page.getByRole('heading', { level: 1, name: d.title })).toBeVisible();
  await expect(page.getByTestId('api-actions').getByRole('row')).toHaveCount(9);
  await expect(page.getByText(DEMO_APP_ID, { exact: true }).first()).toBeVisible();
  await expectNoViolations(page);
  await page.goto('/en/developers');
  await expectNoViolations(page);
  // The JSON API reference, rendered here from the OpenAPI document.
  await page.goto('/developers/reference');
  await expect(page.getByRole('heading', { level: 3, name: 'GET /api/v1/lottery/periods/{period}' })).toBeVisible();
  await expectNoViolations(page);
  const openapi = await request.get('/api/v1/openapi.json');
  expect(await openapi.json()).toMatchObject({ openapi: '3.1.0', paths: { '/api/v1/me/invoices': { get: {} } } });

  // As clients send it: parameters in the query string of a POST.
  const list = await request.post(`/PB2CAPIVAN/invapp/InvApp?version=0.2&action=QryWinningList&invTerm=11508&UUID=e2e&appID=${DEMO_APP_ID}`);
  expect(list.status()).toBe(200);
  expect(await list.json()).toMatchObject({ v: '0.2', code: '200', msg: '執行成功', invoYm: '11508', superPrizeNo: '89996565', firstPrizeAmt: '0200000' });
});

test('a citizen registers an app, sees the key once, and calls the API with it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { barcode, code } = await registerCitizen(page);
  await page.goto('/me/apps');
  await expect(page).toHaveURL('/sign-in?next=%2Fme%2Fapps');
  await page.getByLabel(zh.Citizen.barcode, { exact: true }).fill(barcode);
  await page.getByLabel(zh.Citizen.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: zh.Citizen.submit, exact: true }).click();
  await expect(page).toHaveURL('/me/apps');
  await expectNoViolations(page);

  // A wrong contact is named next to its field.
  await page.getByLabel(d.name, { exact: true }).fill('我的記帳 App');
  await page.getByLabel(d.contact, { exact: true }).fill('not a contact');
  await page.getByRole('button', { name: d.create, exact: true }).click();
  await expect(page.getByText(d.contactFormat).first()).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel(d.contact, { exact: true }).fill('dev@example.com');
  await page.getByRole('button', { name: d.create, exact: true }).click();
  await expect(page.getByText(d.keyOnce)).toBeVisible();
  const appId = (await page.getByTestId('new-app-id').textContent())!.trim();
  const apiKey = (await page.getByTestId('new-api-key').textContent())!.trim();
  expect(appId).toMatch(/^EINV\d{10}$/);
  expect(apiKey.length).toBeGreaterThan(30);
  await expectNoViolations(page);

  // Shown once: a new visit lists the app by the key's first characters only.
  await page.reload();
  await expect(page.getByTestId('my-apps')).toContainText(appId);
  await expect(page.getByRole('main')).not.toContainText(apiKey);

  // The key signs a call at once: the carriers of the citizen's own barcode.
  const params = sign(
    { version: '1.0', serial: '0000000001', action: 'qryCarrierAgg', cardType: '3J0002', cardNo: barcode, cardEncrypt: code, appID: appId, timeStamp: String(SERVER_SECONDS + 30), uuid: 'e2e-phone' },
    apiKey,
  );
  const agg = await request.post('/PB2CAPIVAN/Carrier/Aggregate', { form: params });
  expect(await agg.json()).toMatchObject({ v: '1.0', code: '200', carriers: [{ carrierType: '3J0002', carrierId2: barcode }] });
  const wrong = await request.post('/PB2CAPIVAN/Carrier/Aggregate', { form: { ...params, signature: sign(params, 'another key').signature! } });
  expect(await wrong.json()).toMatchObject({ code: '954' });

  // The app's page counts the calls of the day.
  await page.getByRole('link', { name: d.open.replace('{name}', '我的記帳 App') }).click();
  await expect(page.getByTestId('app-usage')).toContainText('qryCarrierAgg');
  await expectNoViolations(page);

  // Revoked, the app ID answers 998.
  await page.getByRole('button', { name: d.revoke, exact: true }).click();
  await expect(page.getByText(d.revoked)).toBeVisible();
  const after = await request.post('/PB2CAPIVAN/Carrier/Aggregate', { form: params });
  expect(await after.json()).toMatchObject({ code: '998' });
});

// What each action's example answers with the demo data: the made-up invoice AB12345678 is not found.
const EXPECTED: Record<string, string[]> = {
  QryWinningList: ['200'],
  qryLoveCode: ['200'],
  carrierInvChk: ['200', '996'],
  qryCarrierAgg: ['200'],
  qryInvHeader: ['915'],
  qryInvDetail: ['915'],
  carrierInvDetail: ['915'],
  carrierInvDnt: ['915'],
};

test('the SDK examples on the portal work against this server (curl, fetch, and Python when present)', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tax-cloud-examples-'));
  // Python runs when python3 (with requests) is on the PATH.
  const python = 'python3';
  const hasRequests = (() => {
    try {
      execFileSync(python, ['-c', 'import requests'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  for (const { action } of API_ACTIONS) {
    const examples = examplesFor(action, { baseUrl: baseURL!, timeStamp: SERVER_SECONDS + 30 });
    const curl = JSON.parse(execFileSync('bash', ['-c', examples.curl], { encoding: 'utf8' })) as { code: string };
    expect(EXPECTED[action], `curl ${action}`).toContain(curl.code);
    const file = path.join(dir, `${action}.mjs`);
    writeFileSync(file, examples.fetch.replace('console.log(await response.json());', 'console.log(JSON.stringify(await response.json()));'));
    const viaFetch = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as { code: string };
    expect(EXPECTED[action], `fetch ${action}`).toContain(viaFetch.code);
    if (hasRequests) {
      const out = execFileSync(python, ['-c', examples.python.replace(/print\((.*)\)$/, 'import json; print(json.dumps($1))')], { encoding: 'utf8' });
      expect(EXPECTED[action], `python ${action}`).toContain((JSON.parse(out) as { code: string }).code);
    }
  }
  // The portal shows them.
  await page.goto('/developers');
  await expect(page.getByTestId('example-QryWinningList-curl')).toContainText('QryWinningList');
});
