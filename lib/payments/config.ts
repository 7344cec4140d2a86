/** The payment provider and secret from the environment; null when online payment is not configured. */
import 'server-only';
import { env } from '@/lib/env';
import { httpProvider, type PaymentProvider } from './provider';

export function paymentSecret(): string | null {
  return env().PAYMENT_WEBHOOK_SECRET ?? null;
}

let cached: { key: string; provider: PaymentProvider } | undefined;

export function defaultProvider(): PaymentProvider | null {
  const e = env();
  if (!e.PAYMENT_PROVIDER_URL || !e.PAYMENT_WEBHOOK_SECRET) return null;
  const key = `${e.PAYMENT_PROVIDER_URL} ${e.PAYMENT_WEBHOOK_SECRET}`;
  if (cached?.key !== key) cached = { key, provider: httpProvider(e.PAYMENT_PROVIDER_URL, e.PAYMENT_WEBHOOK_SECRET) };
  return cached.provider;
}
