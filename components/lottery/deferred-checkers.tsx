'use client';

import { lazy, type ComponentProps } from 'react';
import { DeferredHydration } from '@/components/ui/deferred-hydration';
import type { BulkChecker } from './bulk-checker';
import type { QrChecker } from './qr-checker';

// The QR (camera, photo, pasted text) and bulk checkers sit below the keypad and the full-number
// form: their code loads and hydrates when the reader gets to them, not with the page.
const LazyQr = lazy(() => import('./qr-checker').then((m) => ({ default: m.QrChecker })));
const LazyBulk = lazy(() => import('./bulk-checker').then((m) => ({ default: m.BulkChecker })));

export function DeferredQrChecker(props: ComponentProps<typeof QrChecker>) {
  return (
    <DeferredHydration name="lottery-qr">
      <LazyQr {...props} />
    </DeferredHydration>
  );
}

export function DeferredBulkChecker(props: ComponentProps<typeof BulkChecker>) {
  return (
    <DeferredHydration name="lottery-bulk">
      <LazyBulk {...props} />
    </DeferredHydration>
  );
}
