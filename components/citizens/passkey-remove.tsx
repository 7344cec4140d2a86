'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { removePasskeyAction } from '@/lib/citizens/actions';

export function PasskeyRemove({ locale, id, label }: { locale: string; id: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removePasskeyAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {label}
      </button>
      <span aria-live="polite" className="ml-2">
        {state.ok ? null : state.message}
      </span>
    </form>
  );
}
