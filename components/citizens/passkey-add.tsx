'use client';

import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { useHydrated } from '@/components/ui/use-hydrated';

type Labels = { name: string; nameHint: string; nameRequired: string; add: string; added: string; failed: string; unsupported: string };

/** Adds a passkey: options from the server, the browser creates the credential, the server verifies and keeps it. */
export function PasskeyAdd({ labels }: { labels: Labels }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  if (!hydrated) return null;
  if (!browserSupportsWebAuthn()) return <p>{labels.unsupported}</p>;

  async function add(event: React.FormEvent) {
    event.preventDefault();
    setStatus(undefined);
    if (!name.trim()) return setError(labels.nameRequired);
    setError(undefined);
    setPending(true);
    try {
      const options = await fetch('/api/v1/me/passkeys/options', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      if (!options.ok) throw new Error(`options ${options.status}`);
      const response = await startRegistration({ optionsJSON: await options.json() });
      const saved = await fetch('/api/v1/me/passkeys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: name.trim(), response }) });
      if (!saved.ok) throw new Error(`save ${saved.status}`);
      setStatus(labels.added.replace('{name}', name.trim()));
      setName('');
      router.refresh();
    } catch {
      setStatus(labels.failed);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={add} noValidate className="max-w-md">
      <TextField id="passkeyName" label={labels.name} hint={labels.nameHint} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} error={error} required />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.add}
      </button>
      <p role="status" className="mt-2">
        {status}
      </p>
    </form>
  );
}
