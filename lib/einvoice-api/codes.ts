/**
 * The e-invoice app API's response codes and their messages, as the Ministry's spec lists them
 * (data/domain/data/einvoice-api.json `responseCodes`, from the v1.9 summary; README §4).
 * Our own note "(older spec)" in the table is dropped from the message a client receives.
 */
import spec from '@/data/domain/data/einvoice-api.json';

export type ResponseCode = keyof typeof spec.responseCodes;

/** The message sent with a code, as the spec gives it. */
export function messageOf(code: ResponseCode): string {
  return spec.responseCodes[code].replace(/\s*\(older spec\)$/, '');
}

/** An answer that carries only a code: `{ v, code, msg }`. */
export type Failure = { v: string; code: string; msg: string };

export function failure(version: string, code: ResponseCode, msg = messageOf(code)): Failure {
  return { v: version, code, msg };
}

/** Thrown inside an action to answer with a code; the dispatcher turns it into the JSON answer. */
export class EinvoiceApiError extends Error {
  override name = 'EinvoiceApiError';
  readonly msg: string;
  readonly headers: Record<string, string>;
  /** Fields sent along with the code (996 carries the page it could give). */
  readonly body: Record<string, unknown>;
  constructor(
    readonly code: ResponseCode,
    options: { msg?: string; headers?: Record<string, string>; body?: Record<string, unknown> } = {},
  ) {
    const msg = options.msg ?? messageOf(code);
    super(`${code} ${msg}`);
    this.msg = msg;
    this.headers = options.headers ?? {};
    this.body = options.body ?? {};
  }
}
