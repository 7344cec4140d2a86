'use client';

import { useActionState } from 'react';
import { summaryOf } from '@/components/citizens/form-state';
import { DataTable } from '@/components/ui/data-table';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { staffTaxLookupAction } from '@/lib/tax-bills/actions';

type Row = { id: string; tax: string; year: string; office: string; amount: string; due: string; dueToday: string; status: string };
type Labels = {
  barcode: string;
  barcodeHint: string;
  reason: string;
  reasonHint: string;
  submit: string;
  errorSummary: string;
  results: string;
  tableLabel: string;
  columns: { tax: string; year: string; office: string; amount: string; due: string; dueToday: string; status: string };
  taxNames: Record<string, string>;
  statuses: Record<string, string>;
};

/** Barcode + reason → the citizen's bills; the lookup is audited on the server before anything is shown. */
export function StaffLookupForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(staffTaxLookupAction, {});
  const rows = (state.data?.rows as Row[] | undefined) ?? null;
  return (
    <>
      <form action={action} noValidate className="mt-6 max-w-xl">
        <ErrorSummary title={labels.errorSummary} errors={summaryOf(state, 'barcode')} />
        <input type="hidden" name="locale" value={locale} />
        <TextField id="barcode" label={labels.barcode} hint={labels.barcodeHint} error={state.errors?.barcode?.[0]} defaultValue={state.values?.barcode ?? ''} autoComplete="off" required />
        <TextField id="reason" label={labels.reason} hint={labels.reasonHint} error={state.errors?.reason?.[0]} defaultValue={state.values?.reason ?? ''} autoComplete="off" required />
        <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
          {labels.submit}
        </button>
      </form>
      <div aria-live="polite">
        {rows ? (
          <section className="mt-8">
            <h2 className="text-2xl font-bold">{labels.results.replace('{count}', String(rows.length))}</h2>
            <DataTable label={labels.tableLabel} testId="staff-tax-bills">
              <thead>
                <tr>
                  <th scope="col">{labels.columns.tax}</th>
                  <th scope="col">{labels.columns.year}</th>
                  <th scope="col">{labels.columns.office}</th>
                  <th scope="col" className="num">{labels.columns.amount}</th>
                  <th scope="col">{labels.columns.due}</th>
                  <th scope="col" className="num">{labels.columns.dueToday}</th>
                  <th scope="col">{labels.columns.status}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{labels.taxNames[r.tax] ?? r.tax}</th>
                    <td>{r.year}</td>
                    <td className="cell-prose">{r.office}</td>
                    <td className="num">{r.amount}</td>
                    <td className="nowrap">{r.due}</td>
                    <td className="num">{r.dueToday}</td>
                    <td>{labels.statuses[r.status] ?? r.status}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </section>
        ) : null}
      </div>
    </>
  );
}
