'use client';

import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { formatDate, numberFormat } from '@/lib/i18n/format';
import type { CheckablePeriod } from '@/lib/lottery/bulk';
import { formatInvoiceNumber } from '@/lib/lottery/invoice-number';
import { todayInTaipei } from '@/lib/taiwan';
import type { LeftQr } from '@/lib/lottery/qr';
import { scanCsv, scanEntries, scanTotals, type ScanEntry } from '@/lib/lottery/scan-session';
import { scanStore } from './scan-store';
import { scanCsvNote, scanResultText } from './scan-text';
import { useCheckLocale, useCheckStrings } from './check-strings';

const BORDER: Record<ScanEntry['outcome']['kind'], string> = {
  won: 'border-success bg-[#e8f5ec]',
  lost: 'border-line bg-white',
  incomplete: 'border-brand-700 bg-brand-50',
  unavailable: 'border-brand-700 bg-brand-50',
};

/**
 * The invoices read so far, newest first, with the totals, a CSV download and a way to clear
 * the list (undoable: twenty scans are too many to lose to a slip).
 */
export function QrScanList({ periods }: { periods: CheckablePeriod[] }) {
  const t = useCheckStrings();
  const locale = useCheckLocale();
  const list = useSyncExternalStore(scanStore.subscribe, scanStore.getSnapshot, scanStore.getServerSnapshot);
  const [cleared, setCleared] = useState<readonly LeftQr[] | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const today = todayInTaipei();
  const entries = useMemo(() => scanEntries(list, periods, today), [list, periods, today]);

  function clear() {
    flushSync(() => {
      setCleared(list);
      scanStore.set([]);
    });
    undoRef.current?.focus();
  }

  function undo() {
    if (!cleared) return;
    flushSync(() => {
      scanStore.set(cleared);
      setCleared(null);
    });
    clearRef.current?.focus();
  }

  function download() {
    const csv = scanCsv(entries, { locale, note: (entry) => scanCsvNote(entry, t, locale) });
    const href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = `tax-cloud-scans-${today}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by the next task; the URL is not needed after that.
    setTimeout(() => URL.revokeObjectURL(href), 0);
  }

  if (!entries.length) {
    // Undo is offered until something new is read; then the cleared list is gone for good.
    // Focus moves to the button, which reads out what was cleared.
    return cleared?.length ? (
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <p id="qr-scan-cleared">{t('qr.scan.cleared', { count: cleared.length })}</p>
        <button ref={undoRef} type="button" onClick={undo} aria-describedby="qr-scan-cleared" className="btn-secondary">
          {t('qr.scan.undo')}
        </button>
      </div>
    ) : null;
  }

  // Only now: a page's first Intl formatter costs tens of milliseconds of main thread, and the
  // empty list (every first visit) has no number to format.
  const nf = numberFormat(locale);
  const totals = scanTotals(entries);
  return (
    <section aria-labelledby="qr-scan-heading" className="mt-6">
      <h3 id="qr-scan-heading" className="text-xl font-bold">
        {t('qr.scan.heading')}
      </h3>
      <div className="mt-2 rounded-lg border-2 border-ink p-3">
        <p className="text-lg font-semibold">{t('qr.scan.totals', { invoices: totals.invoices, winners: totals.winners, net: nf.format(totals.net) })}</p>
        {totals.unavailable ? <p>{t('qr.scan.totalsUnavailable', { count: totals.unavailable })}</p> : null}
        {totals.incomplete ? <p>{t('qr.scan.totalsIncomplete', { count: totals.incomplete })}</p> : null}
        {totals.unclaimable ? <p>{t('qr.scan.totalsUnclaimable', { count: totals.unclaimable })}</p> : null}
        {totals.dependsOnBuyer ? <p>{t('qr.scan.totalsBuyerBan', { count: totals.dependsOnBuyer })}</p> : null}
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className="btn-secondary" onClick={download}>
            {t('qr.scan.download')}
          </button>
          <button ref={clearRef} type="button" className="btn-secondary" onClick={clear}>
            {t('qr.scan.clear')}
          </button>
        </div>
      </div>
      <ol aria-labelledby="qr-scan-heading" className="mt-3 space-y-2">
        {[...entries].reverse().map((entry) => (
          <li key={entry.key} className={`rounded-md border-l-8 p-3 ${BORDER[entry.outcome.kind]}`}>
            <p className="flex flex-wrap items-baseline gap-x-3">
              <span className="font-semibold text-muted">{t('qr.scan.item', { count: entry.index + 1 })}</span>
              <span className="font-mono text-lg font-bold tracking-wider">{formatInvoiceNumber(entry.qr.invoice)}</span>
              <span className="text-muted">{formatDate(entry.qr.date, locale)}</span>
            </p>
            <p className={entry.outcome.kind === 'won' ? 'font-semibold' : undefined}>{scanResultText(entry, t, locale)}</p>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-muted">{t('qr.scan.lead')}</p>
    </section>
  );
}
