/**
 * The sandbox payment provider: a stand-in "bank" that runs as its own process
 * (scripts/payment-sandbox.ts) or inside a test. node:http only, state in memory.
 *
 *   POST /v1/checkouts           signed by the merchant; creates (or, for the same orderId, returns) a checkout
 *   GET  /v1/checkouts/{ref}     signed by the merchant; the checkout's status, for reconciliation
 *   GET  /checkout/{ref}         the page where the citizen approves or declines
 *   POST /checkout/{ref}         the decision: sends the signed callback, then redirects back to the portal
 *   GET  /health
 *
 * Signatures as lib/payments/signature.ts describes; a GET is signed over its path.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { SIGNATURE_HEADER, signatureHeader, verifySignature } from './signature';
import type { Checkout } from './provider';

type Stored = {
  reference: string;
  orderId: string;
  amount: number;
  description: string;
  returnUrl: string;
  notifyUrl: string;
  expiresAt: Date;
  status: 'pending' | 'paid' | 'failed';
  paidAt: Date | null;
  eventId: string | null;
};

const createSchema = z.object({
  orderId: z.uuid(),
  amount: z.number().int().positive().max(100_000_000),
  currency: z.literal('TWD'),
  description: z.string().min(1).max(200),
  returnUrl: z.url({ protocol: /^https?$/ }),
  notifyUrl: z.url({ protocol: /^https?$/ }),
  expiresAt: z.iso.datetime({ offset: true }),
});

export type SandboxOptions = {
  secret: string;
  /** The sandbox's own address as browsers reach it (for checkout URLs); set after listen() when omitted. */
  publicUrl?: string;
  /** The clock of checkouts (expiry, paid time); tests move it forward. Signatures are checked against the real time. */
  now?: () => Date;
  log?: (line: string) => void;
};

export type Sandbox = {
  server: Server;
  /** Starts listening; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
  /** For tests: what the sandbox holds. */
  checkouts: Map<string, Stored>;
  /** For tests: the body and signature header the sandbox would send for a checkout now. */
  callbackFor(reference: string, at?: Date): { body: string; signature: string } | null;
};

const MAX_BODY = 16_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const checkouts = new Map<string, Stored>();
  const byOrder = new Map<string, string>();
  let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? '';

  const statusOf = (c: Stored): Checkout['status'] => (c.status === 'pending' && c.expiresAt.getTime() <= now().getTime() ? 'expired' : c.status);
  const view = (c: Stored): Checkout => ({
    reference: c.reference,
    orderId: c.orderId,
    amount: c.amount,
    status: statusOf(c),
    checkoutUrl: `${publicUrl}/checkout/${c.reference}`,
    paidAt: c.paidAt?.toISOString() ?? null,
    eventId: c.eventId,
  });

  function callbackFor(reference: string, at: Date = new Date()) {
    const c = checkouts.get(reference);
    if (!c || c.status === 'pending') return null;
    const body = JSON.stringify({
      id: c.eventId,
      type: c.status === 'paid' ? 'payment.succeeded' : 'payment.failed',
      created: Math.floor(at.getTime() / 1000),
      data: { reference: c.reference, orderId: c.orderId, amount: c.amount, currency: 'TWD', paidAt: c.paidAt?.toISOString() ?? null },
    });
    return { body, signature: signatureHeader(options.secret, body, at) };
  }

  /** Posts the signed callback; retried twice in the background if the portal does not answer 2xx. */
  async function notify(c: Stored, attempt = 1): Promise<void> {
    const message = callbackFor(c.reference);
    if (!message) return;
    let ok = false;
    try {
      const response = await fetch(c.notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: message.signature },
        body: message.body,
        signal: AbortSignal.timeout(5_000),
      });
      ok = response.ok;
      log(`callback ${c.reference} attempt ${attempt}: ${response.status}`);
    } catch (error) {
      log(`callback ${c.reference} attempt ${attempt}: ${(error as Error).name}`);
    }
    if (!ok && attempt < 3) setTimeout(() => void notify(c, attempt + 1), attempt * 5_000).unref();
  }

  function signedOk(req: IncomingMessage, payload: string): boolean {
    const header = req.headers[SIGNATURE_HEADER];
    return verifySignature(options.secret, typeof header === 'string' ? header : null, payload, new Date()).ok;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/health') return json(res, 200, { ok: true });

    if (req.method === 'POST' && path === '/v1/checkouts') {
      const raw = await readBody(req);
      if (!signedOk(req, raw)) return json(res, 401, { error: 'bad signature' });
      const parsed = createSchema.safeParse(JSON.parse(raw || 'null'));
      if (!parsed.success) return json(res, 400, { error: 'invalid checkout', issues: parsed.error.issues.map((i) => i.path.join('.')) });
      const existing = byOrder.get(parsed.data.orderId);
      if (existing) return json(res, 200, view(checkouts.get(existing)!));
      const reference = `chk_${randomBytes(12).toString('hex')}`;
      const c: Stored = { ...parsed.data, reference, expiresAt: new Date(parsed.data.expiresAt), status: 'pending', paidAt: null, eventId: null };
      checkouts.set(reference, c);
      byOrder.set(c.orderId, reference);
      log(`checkout ${reference} for order ${c.orderId}: NT$${c.amount}`);
      return json(res, 201, view(c));
    }

    const apiMatch = /^\/v1\/checkouts\/([\w-]{1,100})$/.exec(path);
    if (req.method === 'GET' && apiMatch) {
      if (!signedOk(req, path)) return json(res, 401, { error: 'bad signature' });
      const c = checkouts.get(apiMatch[1]!);
      return c ? json(res, 200, view(c)) : json(res, 404, { error: 'unknown checkout' });
    }

    const pageMatch = /^\/checkout\/([\w-]{1,100})$/.exec(path);
    const c = pageMatch ? checkouts.get(pageMatch[1]!) : undefined;
    if (pageMatch && !c) return page(res, 404, 'Unknown payment 查無此筆付款', '<p>This payment does not exist. 查無此筆付款。</p>');
    if (c && req.method === 'GET') return page(res, 200, 'Approve payment 確認付款', checkoutPage(c, statusOf(c)));
    if (c && req.method === 'POST') {
      const decision = new URLSearchParams(await readBody(req)).get('decision');
      if (statusOf(c) !== 'pending') return redirect(res, c.returnUrl);
      if (decision !== 'approve' && decision !== 'decline' && decision !== 'approve-silently') return page(res, 400, 'Choose 請選擇', '<p>Choose approve or decline. 請選擇確認或取消。</p>');
      c.status = decision === 'decline' ? 'failed' : 'paid';
      c.paidAt = c.status === 'paid' ? now() : null;
      c.eventId = `evt_${randomUUID()}`;
      log(`checkout ${c.reference}: ${decision}`);
      // The callback goes first, so that the page the citizen returns to usually knows already.
      if (decision !== 'approve-silently') await notify(c);
      return redirect(res, c.returnUrl);
    }
    return json(res, 404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      log(`error: ${(error as Error).message}`);
      if (!res.headersSent) json(res, 400, { error: 'bad request' });
    });
  });

  return {
    server,
    checkouts,
    callbackFor,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          publicUrl ||= `http://${host}:${actual}`;
          resolve(publicUrl);
        });
      });
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

function page(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action *; frame-ancestors 'none'",
  });
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Sandbox Bank</title>
<style>
body{font-family:system-ui,"Noto Sans TC","PingFang TC","Microsoft JhengHei",sans-serif;margin:0;background:#f3f4f6;color:#111827;line-height:1.5}
header{background:#1e3a8a;color:#fff;padding:1rem 1.5rem}header p{margin:0;font-weight:700}
main{max-width:32rem;margin:2rem auto;background:#fff;border:1px solid #d1d5db;border-radius:.5rem;padding:1.5rem}
h1{font-size:1.5rem;margin-top:0}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
.buttons{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:.375rem;border:2px solid #1e3a8a;cursor:pointer}
button.primary{background:#1e3a8a;color:#fff}button.secondary{background:#fff;color:#1e3a8a}
button.quiet{background:#fff;color:#374151;border-color:#6b7280;font-size:.9rem}
button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.note{font-size:.9rem;color:#374151}
</style></head><body>
<header><p>Sandbox Bank 沙盒銀行 — test payments only, no money moves 測試用，不會扣款</p></header>
<main>${body}</main></body></html>`);
}

function checkoutPage(c: Stored, status: string): string {
  const amount = `NT$${c.amount.toLocaleString('en-US')}`;
  const details = `<dl>
<dt>Payee 收款單位</dt><dd>Tax Cloud 稅務雲 (synthetic 模擬)</dd>
<dt>For 項目</dt><dd>${escapeHtml(c.description)}</dd>
<dt>Amount 金額</dt><dd>${amount}</dd>
<dt>Valid until 有效期限</dt><dd>${c.expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC</dd>
</dl>`;
  if (status !== 'pending') {
    return `<h1>Payment ${status} 付款狀態：${status}</h1>${details}<p><a href="${escapeHtml(c.returnUrl)}">Back to Tax Cloud 回到稅務雲</a></p>`;
  }
  return `<h1>Approve payment 確認付款</h1>${details}
<form method="post">
<div class="buttons">
<button class="primary" type="submit" name="decision" value="approve">Approve and pay 確認付款</button>
<button class="secondary" type="submit" name="decision" value="decline">Decline 取消付款</button>
</div>
<p class="note">For testing: 測試用：</p>
<button class="quiet" type="submit" name="decision" value="approve-silently">Approve without notifying Tax Cloud 付款但不通知稅務雲</button>
</form>`;
}
