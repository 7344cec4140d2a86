/**
 * Makes this server append its socket's peer to `X-Forwarded-For`, as every proxy does, so the
 * last entry is always an address no client can choose.
 *
 * Why a patch: a Next route handler or server action sees headers only, never the socket, and
 * Next 16 (`base-server.js`) sets `x-forwarded-for` from the socket only when the client sent
 * none (`??=`). A client writing its own header would otherwise pick the address that is audited
 * and rate-limited. Installed once from instrumentation.ts, before Next handles any request it
 * runs ahead of Next's own listener on every HTTP(S) server in the process.
 *
 * Each request patched here also carries a per-process random marker (`x-tax-cloud-hop`);
 * lib/http/request-meta.ts believes `X-Forwarded-For` only when the marker matches, so a request
 * that arrived before the patch (or a server where it is missing) gets no address rather than a
 * client-chosen one. A client cannot forge the marker: it is random, never sent out, and
 * overwritten here.
 *
 * The same hook answers TRACE, CONNECT and requests Node cannot parse itself (lib/http/unservable-method.ts).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { HOP_MARKER_HEADER, HOP_MARKER_KEY } from './hop-marker';
import { isUnservableMethod, refuseConnect, refuseUnreadable, refuseUnservable } from './unservable-method';

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

const seen = new WeakSet<object>();

export function installSocketHop(): void {
  const store = globalThis as Record<symbol, unknown>;
  if (typeof store[HOP_MARKER_KEY] === 'string') return;
  const marker = randomBytes(18).toString('base64url');
  store[HOP_MARKER_KEY] = marker;

  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as { emit: Emit }[]) {
    const original = prototype.emit;
    // Runs for every event of every server (each request, socket, close…): no rest parameters,
    // which would copy the arguments into a new array on each call (issue 17).
    prototype.emit = function emit(this: unknown, event: string | symbol, req?: unknown, res?: unknown) {
      // 'checkContinue' stands in for 'request' when a client sends `Expect: 100-continue`.
      if (event === 'request' || event === 'checkContinue') {
        const request = req as IncomingMessage;
        // Methods Next.js cannot turn into a Request would end as its bare 500: answered here.
        if (isUnservableMethod(request.method)) {
          refuseUnservable(request, res as ServerResponse);
          return true;
        }
        appendPeer(request, marker);
        // Node drops a CONNECT unless the server listens for it, and answers what its parser
        // cannot read (TRACK, unknown methods) with a bare 400: answer both with our own.
        const server = this as http.Server;
        if (!seen.has(server)) {
          seen.add(server);
          if (server.listenerCount('connect') === 0) server.on('connect', (r: IncomingMessage, socket: Duplex) => refuseConnect(r, socket));
          if (server.listenerCount('clientError') === 0) server.on('clientError', refuseUnreadable);
        }
      }
      // eslint-disable-next-line prefer-rest-params -- every argument, as given, without a copy
      return original.apply(this, arguments as unknown as [string | symbol, ...unknown[]]);
    };
  }
}

function appendPeer(req: IncomingMessage, marker: string): void {
  const peer = req.socket?.remoteAddress;
  const existing = req.headers['x-forwarded-for'];
  const list = Array.isArray(existing) ? existing.join(', ') : existing;
  if (peer) req.headers['x-forwarded-for'] = list ? `${list}, ${peer}` : peer;
  else delete req.headers['x-forwarded-for'];
  req.headers[HOP_MARKER_HEADER] = marker;
}
