/**
 * What the Next.js server provides before any of its modules load: the proxy and Auth.js's
 * wrapper reach Next's request storage, which needs AsyncLocalStorage on globalThis (Next's
 * own server sets it). Import this first in a test that runs proxy.ts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

(globalThis as Record<string, unknown>).AsyncLocalStorage ??= AsyncLocalStorage;
process.env.AUTH_SECRET ??= 'integration-test-secret-of-at-least-32-characters';
