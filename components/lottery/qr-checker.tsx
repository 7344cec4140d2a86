'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { formatDate, numberFormat } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { CheckablePeriod } from '@/lib/lottery/bulk';
import { formatInvoiceNumber } from '@/lib/lottery/invoice-number';
import { periodLabel } from '@/lib/lottery/period';
import { parseLeftQr, type LeftQr } from '@/lib/lottery/qr';
import { checkLeftQr, type QrCheck } from '@/lib/lottery/qr-check';
import { todayInTaipei } from '@/lib/taiwan';
import { checkResultLines } from '@/lib/lottery/result-lines';
import { addScan, classifyRead, scanEntries, scanKey, type Sighting } from '@/lib/lottery/scan-session';
import { useHydrated } from '@/components/ui/use-hydrated';
import { FILE_INPUT_CLASS } from './form-bits';
import { QrCamera } from './qr-camera';
import { pickLeftQr, readQrCodesFromFile } from './qr-decode';
import { QrScanList } from './qr-scan-list';
import { createScanFeedback } from './scan-feedback';
import { scanStore } from './scan-store';
import { scanResultText } from './scan-text';
import { FieldShell, fieldAria } from '@/components/ui/field';
import { TextArea } from '@/components/ui/text-area';
import { useCheckLocale, useCheckStrings } from './check-strings';

type Field = 'text' | 'photo';
type Problem = { field: Field; message: string };
type Result = { qr: LeftQr; check: QrCheck; repeat: boolean };
type Announcement = { tone: 'won' | 'new' | 'repeat'; text: string };

// Camera support is known only in the browser; the server renders the button, disabled.
const noSubscribe = () => () => {};
const cameraSupported = () => typeof navigator.mediaDevices?.getUserMedia === 'function';

/** How long "already scanned" stays up: long enough to read, short enough not to linger. */
const REPEAT_NOTE_MS = 3_000;

const ANNOUNCEMENT_CLASS: Record<Announcement['tone'], string> = {
  won: 'border-success bg-[#e8f5ec]',
  new: 'border-brand-700 bg-brand-50',
  repeat: 'border-ink bg-white',
};

/**
 * The left QR code of an e-invoice proof, three ways: the camera (first: it is what phones are
 * for, and it keeps scanning one invoice after another), pasted text (works with the keyboard
 * alone) or a photo. Every invoice read goes on one list, once, with its result and the
 * totals. Everything is read and checked in the browser against the period of the invoice's
 * date; nothing is uploaded.
 */
export function QrChecker({ periods }: { periods: CheckablePeriod[] }) {
  const t = useCheckStrings();
  const locale = useCheckLocale();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [hint, setHint] = useState('');
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [sound, setSound] = useState(true);
  const [feedback] = useState(createScanFeedback);
  const hasCamera = useSyncExternalStore(noSubscribe, cameraSupported, () => false);
  const ready = useHydrated();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const sightingRef = useRef<Sighting | null>(null);
  const repeatTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(repeatTimer.current);
      feedback.close();
    },
    [feedback],
  );

  const errorFor = (field: Field) => (problem?.field === field ? problem.message : undefined);

  /** Puts a read invoice on the list unless it is there already (or, from the camera, still in view). */
  function record(qr: LeftQr, fromCamera: boolean) {
    const at = performance.now();
    const list = scanStore.getSnapshot();
    const kind = classifyRead(list, qr, fromCamera ? sightingRef.current : null, at);
    if (fromCamera) sightingRef.current = { key: scanKey(qr), at };
    if (kind === 'new') scanStore.set(addScan(list, qr));
    return { kind, count: list.length + 1 };
  }

  /** Parses and checks `value`; a problem is shown next to the field it came from. */
  function check(value: string, field: Field): boolean {
    if (!value.trim()) {
      setProblem({ field, message: t('qr.error.empty') });
      setResult(null);
      return false;
    }
    const parsed = parseLeftQr(value);
    if (!parsed.ok) {
      const reason = t(`qr.error.${parsed.error.code}`, { length: value.trim().split(':')[0]!.length });
      // A photo whose code does not even begin with an invoice number shows some other QR code (a URL, a coupon).
      const other = field !== 'text' && !/^[A-Z]{2}\d{8}/.test(value.trim());
      setProblem({ field, message: field === 'text' ? reason : other ? t('qr.error.photo_other') : t('qr.error.photo_invalid', { reason }) });
      setResult(null);
      return false;
    }
    setProblem(null);
    const { kind } = record(parsed.value, false);
    setResult({ qr: parsed.value, check: checkLeftQr(parsed.value, periods, todayInTaipei()), repeat: kind === 'repeat' });
    return true;
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(text, 'text')) textRef.current?.focus();
  }

  async function onPhoto(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file || photoBusy) return;
    setPhotoBusy(true);
    setProblem(null);
    try {
      let texts: string[];
      try {
        texts = await readQrCodesFromFile(file);
      } catch (error) {
        // createImageBitmap refuses files that are not pictures; anything else is the decoder.
        const unreadable = error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'EncodingError');
        setProblem({ field: 'photo', message: t(unreadable ? 'qr.error.photo_unreadable' : 'qr.error.decoder') });
        setResult(null);
        return;
      }
      const picked = pickLeftQr(texts);
      if (!picked.ok) {
        setProblem({ field: 'photo', message: t(picked.reason === 'none' ? 'qr.error.photo_none' : 'qr.error.photo_right_only') });
        setResult(null);
        return;
      }
      setText(picked.text);
      check(picked.text, 'photo');
    } finally {
      setPhotoBusy(false);
    }
  }

  /** A camera frame: a new invoice is announced once, a repeat briefly, one still in view not at all. */
  function onCodes(texts: string[]) {
    const picked = pickLeftQr(texts);
    const parsed = picked.ok ? parseLeftQr(picked.text) : null;
    setHint(!picked.ok && picked.reason === 'right_only' ? t('qr.cameraRightOnly') : '');
    if (!parsed?.ok) return;
    const qr = parsed.value;
    const { kind, count } = record(qr, true);
    if (kind === 'still') return;
    clearTimeout(repeatTimer.current);
    const number = formatInvoiceNumber(qr.invoice);
    if (kind === 'repeat') {
      setAnnouncement({ tone: 'repeat', text: t('qr.scan.repeat', { number }) });
      repeatTimer.current = setTimeout(() => setAnnouncement(null), REPEAT_NOTE_MS);
      if (sound) feedback.signal('repeat');
      return;
    }
    const [entry] = scanEntries([qr], periods, todayInTaipei());
    const won = entry!.outcome.kind === 'won';
    setAnnouncement({ tone: won ? 'won' : 'new', text: t('qr.scan.added', { count, number, result: scanResultText(entry!, t, locale) }) });
    if (sound) feedback.signal(won ? 'won' : 'new');
  }

  const textError = errorFor('text');
  const photoError = errorFor('photo');
  return (
    <div className="grid gap-x-10 gap-y-8 lg:grid-cols-2">
      <div>
        {!ready || hasCamera ? (
          <QrCamera
            onCodes={onCodes}
            onStart={() => feedback.unlock()}
            disabled={!ready}
            options={
              <label className="mt-3 flex items-center gap-2">
                <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} disabled={!ready} className="size-5 accent-brand-700" />
                {t('qr.scan.sound')}
              </label>
            }
          />
        ) : null}
        {/* Present before anything is read, so screen readers announce each read. */}
        <div aria-live="polite" className="max-w-md">
          {hint ? <p className="mt-3 font-semibold">{hint}</p> : null}
          {announcement ? <p className={`mt-3 rounded-md border-l-8 p-3 text-lg font-semibold ${ANNOUNCEMENT_CLASS[announcement.tone]}`}>{announcement.text}</p> : null}
        </div>
        <QrScanList periods={periods} />
      </div>

      <div>
        <form onSubmit={onSubmit} noValidate>
          <TextArea
            ref={textRef}
            id="qr-text"
            label={t('qr.textLabel')}
            hint={t('qr.textHint')}
            error={textError}
            shellClassName=""
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            disabled={!ready}
            className="font-mono text-sm break-all disabled:opacity-60"
          />
          <button type="submit" className="btn mt-3 disabled:opacity-60" disabled={!ready}>
            {t('qr.submit')}
          </button>
        </form>

        <FieldShell id="qr-photo" label={t('qr.photoLabel')} hint={t('qr.photoHint')} error={photoError} className="mt-6">
          <input
            id="qr-photo"
            type="file"
            accept="image/*"
            onChange={onPhoto}
            disabled={!ready}
            {...fieldAria('qr-photo', { hint: t('qr.photoHint'), error: photoError })}
            className={FILE_INPUT_CLASS}
          />
          {photoBusy ? <p className="mt-1 text-muted">{t('qr.photoReading')}</p> : null}
        </FieldShell>

        <p className="mt-4 text-muted">{t('qr.privacy')}</p>

        <div role="status" aria-live="polite" className="mt-6">
          {result ? <QrResult result={result} locale={locale} /> : null}
        </div>
      </div>
    </div>
  );
}

function QrResult({ result: { qr, check, repeat }, locale }: { result: Result; locale: Locale }) {
  const t = useCheckStrings();
  const label = periodLabel(check.period, locale);
  const lines: string[] = [];
  let won = false;
  if (check.status === 'not_drawn') lines.push(t('qr.notDrawn', { period: label, date: formatDate(check.drawDate, locale) }));
  else if (check.status === 'no_numbers') lines.push(t('qr.noNumbers', { period: label }));
  else if (check.status === 'unavailable') lines.push(t('qr.unavailable', { period: label, date: formatDate(check.drawDate, locale) }));
  else if (check.status === 'checked') {
    const explained = checkResultLines(check.item, { locale, t, periodLabel: label });
    won = explained.won;
    lines.push(...explained.lines);
    if (check.claimEnded) lines.push(t('qr.claimEnded', { date: formatDate(check.item.claim.to, locale) }));
  } else lines.push(t('qr.scan.unavailable', { period: label }));
  // Invoices to a business or for NT$0 cannot claim (給獎辦法 art. 11): say so whatever the draw.
  if (qr.buyerBan) lines.push(t('qr.buyerNote'));
  if (qr.totalAmount === 0) lines.push(t('qr.zeroNote'));
  if (repeat) lines.push(t('qr.scan.repeat', { number: formatInvoiceNumber(qr.invoice) }));

  return (
    <div className={`rounded-lg border-l-8 p-4 ${won ? 'border-success bg-[#e8f5ec]' : 'border-brand-700 bg-brand-50'}`}>
      <h3 className="text-xl font-bold">{t('qr.readHeading')}</h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t('qr.invoiceNumber')}</dt>
        <dd className="font-mono text-xl tracking-wider">{formatInvoiceNumber(qr.invoice)}</dd>
        <dt className="font-semibold">{t('qr.date')}</dt>
        <dd>{formatDate(qr.date, locale)}</dd>
        <dt className="font-semibold">{t('qr.total')}</dt>
        <dd>{t('qr.totalValue', { amount: numberFormat(locale).format(qr.totalAmount) })}</dd>
        <dt className="font-semibold">{t('qr.seller')}</dt>
        <dd className="font-mono">{qr.sellerBan}</dd>
        {qr.buyerBan ? (
          <>
            <dt className="font-semibold">{t('qr.buyer')}</dt>
            <dd className="font-mono">{qr.buyerBan}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('qr.period')}</dt>
        <dd>{label}</dd>
      </dl>
      <h3 className="mt-4 text-xl font-bold">{t('resultHeading')}</h3>
      {lines.map((line) => (
        <p key={line} className="mt-1">
          {line}
        </p>
      ))}
    </div>
  );
}
