'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { revokeAppAction, rotateKeyAction } from '@/lib/developer-apps/actions';
import { KeyOnce } from './key-once';

type Labels = { rotate: string; revoke: string; keyOnce: string; appId: string; apiKey: string };

/** Replace the key (the new one shown once) and revoke the app, each its own form. */
export function AppKeyForms({ locale, appId, active, labels, texts }: { locale: string; appId: string; active: boolean; labels: Labels; texts: { rotateHeading: string; rotateBody: string; revokeHeading: string; revokeBody: string } }) {
  const [rotated, rotate, rotating] = useActionState<ActionState, FormData>(rotateKeyAction, {});
  const [revoked, revoke, revoking] = useActionState<ActionState, FormData>(revokeAppAction, {});
  const fresh = rotated.ok ? (rotated.data as { apiKey: string; message: string }) : null;
  // Once revoked (the page re-renders without the forms), the outcome stays announced.
  if (!active) {
    return (
      <p role="status" className="mt-10 font-semibold">
        {revoked.ok ? (revoked.data as { message: string }).message : null}
      </p>
    );
  }
  return (
    <>
      <section aria-labelledby="rotate-heading" className="mt-10">
        <h2 id="rotate-heading" className="text-2xl font-bold">
          {texts.rotateHeading}
        </h2>
        <p className="mt-2">{texts.rotateBody}</p>
        <div role="status" aria-live="polite">
          {fresh ? <p className="mt-3 font-semibold">{fresh.message}</p> : rotated.message ? <p className="mt-3 text-danger">{rotated.message}</p> : null}
        </div>
        {fresh ? <KeyOnce appId={appId} apiKey={fresh.apiKey} labels={labels} /> : null}
        <form action={rotate} className="mt-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="appId" value={appId} />
          <button type="submit" className="btn-secondary" disabled={rotating} aria-disabled={rotating}>
            {labels.rotate}
          </button>
        </form>
      </section>
      <section aria-labelledby="revoke-heading" className="mt-10">
        <h2 id="revoke-heading" className="text-2xl font-bold">
          {texts.revokeHeading}
        </h2>
        <p className="mt-2">{texts.revokeBody}</p>
        <form action={revoke} className="mt-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="appId" value={appId} />
          <button type="submit" className="btn-secondary text-danger" disabled={revoking} aria-disabled={revoking}>
            {labels.revoke}
          </button>
          <p aria-live="polite" className={revoked.ok ? 'mt-2' : 'mt-2 text-danger'}>
            {revoked.ok ? (revoked.data as { message: string }).message : revoked.message}
          </p>
        </form>
      </section>
    </>
  );
}
