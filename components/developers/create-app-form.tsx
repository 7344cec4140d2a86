'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/citizen/form-feedback';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { createAppAction } from '@/lib/developer-apps/actions';
import { KeyOnce } from './key-once';

type Labels = {
  name: string;
  nameHint: string;
  description: string;
  descriptionHint: string;
  contact: string;
  contactHint: string;
  create: string;
  errorSummary: string;
  keyOnce: string;
  appId: string;
  apiKey: string;
};

/** Register an app; the new key is shown under the message once, and is gone on the next page view. */
export function CreateAppForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(createAppAction, {});
  const errors = state.errors ?? {};
  const created = state.ok ? (state.data as { appId: string; apiKey: string }) : null;
  const v = (k: string) => state.values?.[k] ?? '';
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormFeedback state={state} title={labels.errorSummary} firstField="name" />
      {created ? <KeyOnce appId={created.appId} apiKey={created.apiKey} labels={labels} /> : null}
      <input type="hidden" name="locale" value={locale} />
      <TextField id="name" label={labels.name} hint={labels.nameHint} error={errors.name?.[0]} defaultValue={v('name')} key={`n-${v('name')}-${created?.appId ?? ''}`} maxLength={60} autoComplete="off" />
      <TextField
        id="description"
        label={labels.description}
        hint={labels.descriptionHint}
        error={errors.description?.[0]}
        defaultValue={v('description')}
        key={`d-${v('description')}-${created?.appId ?? ''}`}
        maxLength={500}
        autoComplete="off"
      />
      <TextField
        id="contact"
        label={labels.contact}
        hint={labels.contactHint}
        error={errors.contact?.[0]}
        defaultValue={v('contact')}
        key={`c-${v('contact')}-${created?.appId ?? ''}`}
        autoComplete="email"
      />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.create}
      </button>
    </form>
  );
}
