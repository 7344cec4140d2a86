'use client';

import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser';
import { startTransition, useActionState, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ActionState } from '@/lib/actions/validated-action';
import { passkeySignInAction } from '@/lib/citizens/actions';

type Labels = { signIn: string; failed: string; or: string };

/**
 * "Sign in with a passkey": asks the browser for an assertion and hands it to the server action
 * (Auth.js provider 'passkey'). Shown only where the browser can do WebAuthn.
 */
export function PasskeySignIn({ locale, next, labels }: { locale: string; next?: string; labels: Labels }) {
  const hydrated = useHydrated();
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(passkeySignInAction, {});
  const [failed, setFailed] = useState(false);
  if (!hydrated || !browserSupportsWebAuthn()) return null;

  async function signIn() {
    setFailed(false);
    try {
      const options = await fetch('/api/v1/passkeys/options', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      if (!options.ok) throw new Error(`options ${options.status}`);
      const response = await startAuthentication({ optionsJSON: await options.json() });
      const form = new FormData();
      form.set('locale', locale);
      if (next) form.set('next', next);
      form.set('response', JSON.stringify(response));
      startTransition(() => dispatch(form));
    } catch {
      // Cancelled, timed out, or no passkey for this site on this device.
      setFailed(true);
    }
  }

  const message = failed ? labels.failed : state.message;
  return (
    <div className="mt-8 max-w-md border-t border-line pt-6">
      <p className="mb-3 text-muted">{labels.or}</p>
      <button type="button" className="btn-secondary" onClick={signIn} disabled={pending} aria-describedby={message ? 'passkey-message' : undefined}>
        {labels.signIn}
      </button>
      <p id="passkey-message" aria-live="polite" className="mt-2 text-danger">
        {message}
      </p>
    </div>
  );
}
