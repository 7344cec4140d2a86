'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { publishPeriodAction } from '@/lib/lottery/publish-actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { fieldAria } from '@/components/ui/field';
import { Link } from '@/components/ui/locale-link';

type LabelKey =
  | 'period' | 'periodHint' | 'special' | 'grand' | 'first1' | 'first2' | 'first3' | 'additionalSixth' | 'additionalSixthHint'
  | 'sources' | 'sourcesHint' | 'note' | 'correction' | 'correctionHint' | 'submit' | 'errorSummary'
  | 'cloudLegend' | 'cloudHint' | 'cloud1000000' | 'cloud2000' | 'cloud800' | 'cloud500' | 'cloudFile' | 'cloudFileHint';

const CLOUD_FIELDS = ['cloud1000000', 'cloud2000', 'cloud800', 'cloud500'] as const;

const NUMBER_FIELDS = ['special', 'grand', 'first1', 'first2', 'first3'] as const;

/** The official's publishing form. A plain form post without JavaScript (server action). */
export function PublishPeriodForm({ locale, nextPeriod, labels }: { locale: string; nextPeriod: string; labels: Record<LabelKey, string> }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(publishPeriodAction, {});
  const errors = state.errors ?? {};
  const summary = [
    ...(state.message ? [{ field: 'period', message: state.message }] : []),
    ...Object.entries(errors).flatMap(([field, messages]) => messages.map((message) => ({ field, message }))),
  ];
  const value = (field: string) => state.values?.[field] ?? '';
  const done = state.ok ? (state.data as { key: string; message: string; link: string }) : null;
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary title={labels.errorSummary} errors={summary} />
      <div role="status" aria-live="polite">
        {done ? (
          <div className="mb-6 rounded-lg border-l-8 border-success bg-[#e8f5ec] p-4">
            <p className="font-semibold">{done.message}</p>
            <p className="mt-1">
              <Link href={`/lottery/${done.key}`}>{done.link}</Link>
            </p>
          </div>
        ) : null}
      </div>
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="period"
        label={labels.period}
        hint={labels.periodHint}
        error={errors.period?.[0]}
        defaultValue={state.values?.period || nextPeriod}
        inputMode="numeric"
        autoComplete="off"
        className="font-mono"
      />
      {NUMBER_FIELDS.map((field) => (
        <TextField
          key={field}
          id={field}
          label={labels[field]}
          error={errors[field]?.[0]}
          defaultValue={value(field)}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          className="font-mono text-xl tracking-widest"
        />
      ))}
      <TextField
        id="additionalSixth"
        label={labels.additionalSixth}
        hint={labels.additionalSixthHint}
        error={errors.additionalSixth?.[0]}
        defaultValue={value('additionalSixth')}
        autoComplete="off"
        className="font-mono"
      />
      <TextArea id="sources" name="sources" rows={3} label={labels.sources} hint={labels.sourcesHint} error={errors.sources?.[0]} defaultValue={value('sources')} />
      <TextArea id="note" name="note" rows={3} label={labels.note} error={errors.note?.[0]} defaultValue={value('note')} />
      <fieldset className="mb-5" aria-describedby="cloud-hint">
        <legend className="text-lg font-semibold">{labels.cloudLegend}</legend>
        <p id="cloud-hint" className="mb-3 text-muted">
          {labels.cloudHint}
        </p>
        {CLOUD_FIELDS.map((field) => (
          <TextArea
            key={field}
            id={field}
            name={field}
            rows={2}
            label={labels[field]}
            error={errors[field]?.[0]}
            defaultValue={value(field)}
            className="font-mono"
          />
        ))}
        <CloudFileField label={labels.cloudFile} hint={labels.cloudFileHint} errors={errors.cloudFile ?? []} />
      </fieldset>
      <div className="mb-5">
        {errors.correction?.[0] ? (
          <p id="correction-error" className="field-error">
            {errors.correction[0]}
          </p>
        ) : null}
        <div className="flex items-start gap-3">
          <input
            id="correction"
            name="correction"
            type="checkbox"
            defaultChecked={value('correction') === 'on'}
            aria-describedby={['correction-hint', errors.correction ? 'correction-error' : null].filter(Boolean).join(' ')}
            className="mt-1 size-6"
          />
          <label htmlFor="correction" className="font-semibold">
            {labels.correction}
          </label>
        </div>
        <p id="correction-hint" className="mt-1 text-muted">
          {labels.correctionHint}
        </p>
      </div>
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}

/** The list as a file; a bad file may have many bad lines, each shown (and in the summary). */
function CloudFileField({ label, hint, errors }: { label: string; hint: string; errors: string[] }) {
  const error = errors.length > 0 ? errors.join(' ') : undefined;
  return (
    <div className="mb-5">
      <label htmlFor="cloudFile" className="field-label">
        {label}
      </label>
      <p id="cloudFile-hint" className="mb-1 text-muted">
        {hint}
      </p>
      {errors.length > 0 ? (
        <div id="cloudFile-error" className="field-error">
          <ul className="list-none">
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <input id="cloudFile" name="cloudFile" type="file" accept=".csv,.txt,text/csv,text/plain" {...fieldAria('cloudFile', { hint, error })} className="field-input" />
    </div>
  );
}
