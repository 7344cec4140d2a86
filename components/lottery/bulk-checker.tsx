'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import {
  checkEntries,
  decodeCsvBytes,
  displayOrder,
  readCsvNumbers,
  readPastedNumbers,
  resultsCsv,
  summarise,
  type BulkInputError,
  type BulkRead,
  type BulkPeriod,
  type BulkRow,
  type BulkSummary,
  type CheckedItem,
} from '@/lib/lottery/bulk';
import { drawDate, periodLabel } from '@/lib/lottery/period';
import { prizeName, type PrizeKey } from '@/lib/lottery/prizes';
import { useHydrated } from '@/components/ui/use-hydrated';
import { FILE_INPUT_CLASS } from './form-bits';
import { DataTable } from '@/components/ui/data-table';
import { FieldShell, fieldAria } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { formatDate, numberFormat } from '@/lib/i18n/format';
import { useCheckLocale, useCheckStrings } from './check-strings';

type Field = 'text' | 'file';
type Problem = { field: Field; message: string };
type Results = { rows: BulkRow[]; period: BulkPeriod; summary: BulkSummary; href: string };

/** Rows drawn at first, and added per "show more": enough to see every winner of a typical batch. */
const PAGE = 200;
/** A CSV of 10,000 rows with a few columns is well under 2 MB; larger is not a list of numbers. */
const MAX_FILE_MB = 20;

/**
 * Many numbers at once, pasted or from a CSV file, checked in the browser against one period.
 * A period without numbers here (drawn, not yet published) gives "not yet available" rows.
 * The results table lists winners and unreadable numbers first and draws a page of rows at a
 * time (10,000 table rows would freeze a phone); the CSV download has every row, in input order.
 */
export function BulkChecker({ periods }: { periods: (BulkPeriod & { label: string })[] }) {
  const t = useCheckStrings();
  const locale = useCheckLocale();
  const [periodKey, setPeriodKey] = useState(periods[0]?.key ?? '');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useHydrated();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const inputMessage = (error: BulkInputError, field: Field) =>
    error.code === 'too_many'
      ? t('bulk.error.too_many', { count: error.count, max: error.max })
      : error.code === 'empty'
        ? t(field === 'file' ? 'bulk.error.file_empty' : 'bulk.error.empty')
        : t('bulk.error.spreadsheet');

  async function readFile(chosen: File): Promise<BulkRead | { ok: false; message: string }> {
    if (chosen.size > MAX_FILE_MB * 1024 * 1024) return { ok: false, message: t('bulk.error.too_large', { mb: MAX_FILE_MB }) };
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await chosen.arrayBuffer());
    } catch {
      return { ok: false, message: t('bulk.error.unreadable') };
    }
    const decoded = decodeCsvBytes(bytes);
    return decoded.ok ? readCsvNumbers(decoded.text) : decoded;
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const period = periods.find((p) => p.key === periodKey);
    if (!period || busy) return;
    const field: Field = file ? 'file' : 'text';
    setBusy(true);
    try {
      const read = file ? await readFile(file) : readPastedNumbers(text);
      if (!read.ok) {
        setProblem({ field, message: 'message' in read ? read.message : inputMessage(read.error, field) });
        setResults(null);
        (field === 'file' ? fileRef : textRef).current?.focus();
        return;
      }
      const rows = checkEntries(period, read.entries);
      const unavailableMessage = (reason: string) =>
        t(`unavailable_${reason}` as 'unavailable_awaiting', { period: periodLabel(period.period, locale), date: formatDate(drawDate(period.period), locale) });
      const csv = resultsCsv(rows, { locale, errorMessage: (code) => t(`number_${code}`), unavailableMessage });
      setProblem(null);
      setResults({ rows, period, summary: summarise(rows), href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })) });
    } finally {
      setBusy(false);
    }
  }

  // Each result's download URL is released when a new result replaces it, or the page goes.
  useEffect(() => {
    if (!results) return;
    const { href } = results;
    return () => URL.revokeObjectURL(href);
  }, [results]);

  function clearFile() {
    setFile(null);
    if (fileRef.current) {
      fileRef.current.value = '';
      fileRef.current.focus();
    }
  }

  const textError = problem?.field === 'text' ? problem.message : undefined;
  const fileError = problem?.field === 'file' ? problem.message : undefined;
  return (
    <div>
      <form onSubmit={onSubmit} noValidate className="max-w-3xl">
        <SelectField
          id="bulk-period"
          label={t('bulk.period')}
          options={periods.map((p) => ({ value: p.key, label: p.label }))}
          disabled={!ready}
          value={periodKey}
          onChange={(e) => setPeriodKey(e.target.value)}
          className="disabled:opacity-60"
        />
        <TextArea
          ref={textRef}
          id="bulk-numbers"
          label={t('bulk.textLabel')}
          hint={t('bulk.textHint')}
          error={textError}
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          disabled={!ready}
          className="font-mono disabled:opacity-60"
        />
        <FieldShell id="bulk-file" label={t('bulk.fileLabel')} hint={t('bulk.fileHint')} error={fileError}>
          <input
            ref={fileRef}
            id="bulk-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            disabled={!ready}
            {...fieldAria('bulk-file', { hint: t('bulk.fileHint'), error: fileError })}
            className={FILE_INPUT_CLASS}
          />
          {file ? (
            <p className="mt-2">
              {t('bulk.fileChosen', { name: file.name })}{' '}
              <button type="button" onClick={clearFile} className="font-semibold text-brand-700 underline underline-offset-2">
                {t('bulk.fileClear')}
              </button>
            </p>
          ) : null}
        </FieldShell>
        <button type="submit" className="btn disabled:opacity-60" disabled={!ready}>
          {t('bulk.submit')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="mt-8">
        {results ? <BulkSummaryText results={results} locale={locale} /> : null}
      </div>
      {results ? <BulkResults key={results.href} results={results} locale={locale} /> : null}
    </div>
  );
}

/** Announced when results arrive: counts, the prize total and what could not be checked. */
function BulkSummaryText({ results: { rows, period, summary }, locale }: { results: Results; locale: Locale }) {
  const t = useCheckStrings();
  const nf = numberFormat(locale);
  const unchecked = rows.map((r) => r.item).find((item): item is CheckedItem => item.status === 'checked' && Boolean(item.unchecked?.length))?.unchecked;
  const label = periodLabel(period.period, locale);
  return (
    <>
      <h3 className="text-xl font-bold">{t('bulk.resultsHeading', { period: label })}</h3>
      {/* Without the period's numbers, "0 won" would be a false "no prize": say why instead. */}
      <p className="mt-2 text-lg font-semibold">
        {summary.unavailable
          ? t('bulk.summaryUnavailable', { count: summary.unavailable, period: label })
          : t('bulk.summary', { checked: summary.checked, winners: summary.winners, amount: nf.format(summary.totalAmount), net: nf.format(summary.totalNet) })}
      </p>
      {summary.errors ? <p className="text-danger">{t('bulk.summaryErrors', { errors: summary.errors })}</p> : null}
      {unchecked ? <p>{t('uncheckedNote', { prizes: unchecked.map((key) => prizeName(key, locale)).join('、') })}</p> : null}
    </>
  );
}

/** The download link and the table, a page of rows at a time. */
function BulkResults({ results: { rows, period, href }, locale }: { results: Results; locale: Locale }) {
  const t = useCheckStrings();
  const [shown, setShown] = useState(PAGE);
  const nf = numberFormat(locale);
  const ordered = useMemo(() => displayOrder(rows), [rows]);
  const name = (key: PrizeKey) => prizeName(key, locale);
  const visible = ordered.slice(0, shown);
  return (
    <div className="mt-3">
      <p>
        <a href={href} download={`tax-cloud-check-${period.key}.csv`} className="btn-secondary">
          {t('bulk.download')}
        </a>
      </p>
      <DataTable label={t('bulk.tableLabel')} caption={<span className="font-normal text-muted">{t('bulk.caption')}</span>} className="max-w-3xl" testId="bulk-results">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('bulk.colRow')}
            </th>
            <th scope="col">{t('bulk.colNumber')}</th>
            <th scope="col">{t('bulk.colPrize')}</th>
            <th scope="col" className="num">
              {t('bulk.colAmount')}
            </th>
            <th scope="col" className="num">
              {t('bulk.colNet')}
            </th>
          </tr>
        </thead>
        <tbody>
          {visible.map(({ index, line, item }) => (
            <tr key={index} className={item.status === 'checked' && item.prize ? 'bg-[#e8f5ec] font-semibold' : ''}>
              <td className="num">{line}</td>
              <td className="nowrap font-mono">{item.number}</td>
              {item.status === 'error' ? (
                <td colSpan={3} className="cell-prose text-danger">
                  {t(`number_${item.error.code}`)}
                </td>
              ) : item.status === 'unavailable' ? (
                <td colSpan={3} className="cell-prose">
                  {t('bulk.unavailable')}
                </td>
              ) : (
                <>
                  <td>{item.prize ? name(item.prize) : t('bulk.noPrize')}</td>
                  <td className="num">{nf.format(item.amount)}</td>
                  <td className="num">{nf.format(item.net)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {ordered.length > shown ? (
        <div className="mt-3">
          <p>{t('bulk.showing', { shown: visible.length, total: ordered.length })}</p>
          <button type="button" className="btn-secondary mt-2" onClick={() => setShown((n) => n + PAGE)}>
            {t('bulk.showMore', { count: Math.min(PAGE, ordered.length - shown) })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
