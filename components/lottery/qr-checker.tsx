'use client';

import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatDate, numberFormat } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { CheckablePeriod } from '@/lib/lottery/bulk';
import { formatInvoiceNumber } from '@/lib/lottery/invoice-number';
import { periodLabel } from '@/lib/lottery/period';
import { parseLeftQr, type LeftQr } from '@/lib/lottery/qr';
import { checkLeftQr, taipeiToday, type QrCheck } from '@/lib/lottery/qr-check';
import { checkResultLines } from '@/lib/lottery/result-lines';
import { useHydrated } from '@/components/ui/use-hydrated';
import { FILE_INPUT_CLASS } from './form-bits';
import { pickLeftQr, readQrCodes, readQrCodesFromFile, warmUpDecoder } from './qr-decode';
import { FieldShell, fieldAria } from '@/components/ui/field';
import { TextArea } from '@/components/ui/text-area';

type Field = 'text' | 'photo' | 'camera';
type Problem = { field: Field; message: string };
type Result = { qr: LeftQr; check: QrCheck };

// Camera support is known only in the browser; the server renders without the button.
const noSubscribe = () => () => {};
const cameraSupported = () => typeof navigator.mediaDevices?.getUserMedia === 'function';

/** Time between two camera frames we try to decode (decoding one takes 20–150 ms). */
const FRAME_INTERVAL_MS = 250;

/**
 * The left QR code of an e-invoice proof, three ways: pasted text (works with the keyboard
 * alone), a photo, or the camera. Everything is read and checked in the browser against the
 * period of the invoice's date; nothing is uploaded.
 */
export function QrChecker({ periods }: { periods: CheckablePeriod[] }) {
  const t = useTranslations('Check');
  const locale = useLocale() as Locale;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [cameraOn, setCameraOn] = useState(false);
  const [cameraNote, setCameraNote] = useState('');
  const hasCamera = useSyncExternalStore(noSubscribe, cameraSupported, () => false);
  const ready = useHydrated();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const mountedRef = useRef(false);

  const errorFor = (field: Field) => (problem?.field === field ? problem.message : undefined);

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
      // A scanned code that does not even begin with an invoice number is some other QR code (a URL, a coupon).
      const other = field !== 'text' && !/^[A-Z]{2}\d{8}/.test(value.trim());
      setProblem({ field, message: field === 'text' ? reason : other ? t('qr.error.photo_other') : t('qr.error.photo_invalid', { reason }) });
      setResult(null);
      return false;
    }
    setProblem(null);
    setResult({ qr: parsed.value, check: checkLeftQr(parsed.value, periods, taipeiToday()) });
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

  function stopCamera() {
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    setCameraOn(false);
    setCameraNote('');
  }

  async function startCamera() {
    setProblem(null);
    try {
      // The rear camera on phones; any camera elsewhere.
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      // The permission prompt can outlast the page: then release the camera at once.
      if (!mountedRef.current) {
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      streamRef.current = stream;
      setCameraOn(true);
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      const key = name === 'NotAllowedError' || name === 'SecurityError' ? 'camera_denied' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'camera_missing' : 'camera_failed';
      setProblem({ field: 'camera', message: t(`qr.error.${key}`) });
    }
  }

  // A frame with a left QR code that parses ends the scan: the camera stops and the invoice is checked.
  const onFrame = useEffectEvent((texts: string[]) => {
    const picked = pickLeftQr(texts);
    if (picked.ok && parseLeftQr(picked.text).ok) {
      stopCamera();
      setText(picked.text);
      check(picked.text, 'camera');
      return true;
    }
    setCameraNote(!picked.ok && picked.reason === 'right_only' ? t('qr.cameraRightOnly') : '');
    return false;
  });
  const onDecoderFailed = useEffectEvent(() => {
    stopCamera();
    setProblem({ field: 'camera', message: t('qr.error.decoder') });
  });

  useEffect(() => {
    const video = videoRef.current;
    if (!cameraOn || !video || !streamRef.current) return;
    video.srcObject = streamRef.current;
    void video.play().catch(() => {});
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scan = async () => {
      if (stopped) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth) {
        try {
          const texts = await readQrCodes(video, video.videoWidth, video.videoHeight);
          if (stopped || onFrame(texts)) return;
        } catch {
          if (!stopped) onDecoderFailed();
          return;
        }
      }
      timer = setTimeout(scan, FRAME_INTERVAL_MS);
    };
    void warmUpDecoder().catch(() => {});
    void scan();
    return () => {
      stopped = true;
      clearTimeout(timer);
      video.srcObject = null;
    };
  }, [cameraOn]);

  // Leaving the page (or re-rendering without the component) must release the camera.
  useEffect(() => {
    mountedRef.current = true;
    const streams = streamRef;
    return () => {
      mountedRef.current = false;
      for (const track of streams.current?.getTracks() ?? []) track.stop();
    };
  }, []);

  const textError = errorFor('text');
  const photoError = errorFor('photo');
  const cameraError = errorFor('camera');
  return (
    <div>
      <form onSubmit={onSubmit} noValidate className="max-w-3xl">
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
          className="max-w-3xl font-mono text-sm break-all disabled:opacity-60"
        />
        <button type="submit" className="btn mt-3 disabled:opacity-60" disabled={!ready}>
          {t('qr.submit')}
        </button>
      </form>

      <FieldShell id="qr-photo" label={t('qr.photoLabel')} hint={t('qr.photoHint')} error={photoError} className="mt-6 max-w-3xl">
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

      {hasCamera ? (
        <div className="mt-6 max-w-3xl">
          {cameraError ? (
            <p id="qr-camera-error" className="field-error">
              {cameraError}
            </p>
          ) : null}
          {/* One button that starts and stops, so keyboard focus stays put when the scan ends. */}
          <button
            type="button"
            className="btn-secondary"
            onClick={cameraOn ? stopCamera : startCamera}
            aria-describedby={cameraError ? 'qr-camera-error' : undefined}
          >
            {cameraOn ? t('qr.cameraStop') : t('qr.camera')}
          </button>
          {cameraOn ? (
            <div className="mt-3">
              <p className="mb-2 text-muted">{t('qr.cameraHint')}</p>
              <video ref={videoRef} muted playsInline aria-label={t('qr.cameraPreview')} className="aspect-[4/3] w-full max-w-md rounded-md border-2 border-ink bg-ink object-cover" />
              <p aria-live="polite" className="mt-2 min-h-7 font-semibold">
                {cameraNote}
              </p>
            </div>
          ) : null}
        </div>
      ) : null}

      <p className="mt-4 text-muted">{t('qr.privacy')}</p>

      <div role="status" aria-live="polite" className="mt-6 max-w-3xl">
        {result ? <QrResult result={result} locale={locale} /> : null}
      </div>
    </div>
  );
}

function QrResult({ result: { qr, check }, locale }: { result: Result; locale: Locale }) {
  const t = useTranslations('Check');
  const label = periodLabel(check.period, locale);
  const lines: string[] = [];
  let won = false;
  if (check.status === 'not_drawn') lines.push(t('qr.notDrawn', { period: label, date: formatDate(check.drawDate, locale) }));
  else if (check.status === 'no_numbers') lines.push(t('qr.noNumbers', { period: label }));
  else if (check.status === 'unavailable') lines.push(t('qr.unavailable', { period: label, date: formatDate(check.drawDate, locale) }));
  else {
    const explained = checkResultLines(check.item, { locale, t, periodLabel: label });
    won = explained.won;
    lines.push(...explained.lines);
    if (check.claimEnded) lines.push(t('qr.claimEnded', { date: formatDate(check.item.claim.to, locale) }));
  }
  // Invoices to a business or for NT$0 cannot claim (給獎辦法 art. 11): say so whatever the draw.
  if (qr.buyerBan) lines.push(t('qr.buyerNote'));
  if (qr.totalAmount === 0) lines.push(t('qr.zeroNote'));

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
