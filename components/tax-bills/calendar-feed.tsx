'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { calendarFeedAction } from '@/lib/tax-bills/actions';

type Labels = { renew: string; create: string; revoke: string; urlLabel: string; urlNote: string };

/** Create/renew and revoke my private calendar address; a new address is shown once, here. */
export function CalendarFeed({ locale, active, labels }: { locale: string; active: boolean; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(calendarFeedAction, {});
  const url = typeof state.data?.url === 'string' ? state.data.url : null;
  const message = (state.data?.message as string | undefined) ?? state.message;
  return (
    <div className="mt-3">
      <form action={action} className="flex flex-wrap gap-4">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" name="op" value="renew" className="btn" disabled={pending} aria-disabled={pending}>
          {active ? labels.renew : labels.create}
        </button>
        {active ? (
          <button type="submit" name="op" value="revoke" className="btn" disabled={pending} aria-disabled={pending}>
            {labels.revoke}
          </button>
        ) : null}
      </form>
      <div aria-live="polite" className="mt-3">
        {message ? <p className="font-semibold">{message}</p> : null}
        {url ? (
          <>
            <label htmlFor="calendar-url" className="mt-2 block font-semibold">
              {labels.urlLabel}
            </label>
            <input id="calendar-url" readOnly value={url} className="field-input w-full font-mono" data-testid="calendar-url" />
            <p className="mt-1 text-muted">{labels.urlNote}</p>
          </>
        ) : null}
      </div>
    </div>
  );
}
