/**
 * The payment provider, seen from the portal: create a checkout for an order and ask what became
 * of it. Every request is signed like the provider's callbacks (lib/payments/signature.ts), so
 * the provider knows it is us. The base URL and secret come from the environment: the local
 * sandbox (scripts/payment-sandbox.ts) in development and tests, an acquirer with the same API
 * in production.
 */
import { z } from 'zod';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

export const PROVIDER_STATUSES = ['pending', 'paid', 'failed', 'expired'] as const;

export const checkoutSchema = z.object({
  reference: z.string().min(1).max(100),
  orderId: z.uuid(),
  amount: z.number().int().positive(),
  status: z.enum(PROVIDER_STATUSES),
  checkoutUrl: z.url(),
  paidAt: z.iso.datetime().nullable().optional(),
  eventId: z.string().max(100).nullable().optional(),
});
export type Checkout = z.infer<typeof checkoutSchema>;

export type NewCheckout = {
  orderId: string;
  amount: number;
  description: string;
  /** Where the provider sends the citizen back (our order page). */
  returnUrl: string;
  /** Where the provider posts the signed callback. */
  notifyUrl: string;
  expiresAt: Date;
};

export interface PaymentProvider {
  createCheckout(order: NewCheckout): Promise<Checkout>;
  /** null when the provider does not know the reference. */
  getCheckout(reference: string): Promise<Checkout | null>;
}

export class ProviderError extends Error {
  override name = 'ProviderError';
}

const TIMEOUT_MS = 8_000;

export function httpProvider(baseUrl: string, secret: string, fetchImpl: typeof fetch = fetch): PaymentProvider {
  const base = baseUrl.replace(/\/+$/, '');
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const raw = body === undefined ? path : JSON.stringify(body);
    try {
      return await fetchImpl(`${base}${path}`, {
        method,
        headers: { [SIGNATURE_HEADER]: signatureHeader(secret, raw), accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : raw,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: 'no-store',
      });
    } catch (error) {
      throw new ProviderError(`payment provider unreachable: ${(error as Error).name}`);
    }
  }
  async function read(response: Response): Promise<Checkout> {
    if (!response.ok) throw new ProviderError(`payment provider answered ${response.status}`);
    const parsed = checkoutSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new ProviderError('payment provider answered in an unexpected shape');
    return parsed.data;
  }
  return {
    async createCheckout(order) {
      const response = await call('POST', '/v1/checkouts', { ...order, currency: 'TWD', expiresAt: order.expiresAt.toISOString() });
      return read(response);
    },
    async getCheckout(reference) {
      const response = await call('GET', `/v1/checkouts/${encodeURIComponent(reference)}`);
      if (response.status === 404) return null;
      return read(response);
    },
  };
}
