'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { readQrCodes, warmUpDecoder } from './qr-decode';
import { useCheckStrings } from './check-strings';

/** Time between two camera frames we try to decode (decoding one takes 20–150 ms). */
const FRAME_INTERVAL_MS = 250;

/**
 * The camera: one button that starts and stops it (so keyboard focus stays put), the preview,
 * and a loop that hands every frame's QR codes to `onCodes` until the camera is stopped or the
 * page is left. What the codes mean is the parent's business.
 */
export function QrCamera({
  onCodes,
  onStart,
  disabled,
  options,
}: {
  onCodes: (texts: string[]) => void;
  onStart: () => void;
  disabled: boolean;
  /** Settings shown under the button, above the preview. */
  options?: React.ReactNode;
}) {
  const t = useCheckStrings();
  const [cameraOn, setCameraOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const mountedRef = useRef(false);

  function stopCamera() {
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    setCameraOn(false);
  }

  async function startCamera() {
    setError(null);
    onStart();
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
    } catch (failure) {
      const name = failure instanceof DOMException ? failure.name : '';
      const key = name === 'NotAllowedError' || name === 'SecurityError' ? 'camera_denied' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'camera_missing' : 'camera_failed';
      setError(t(`qr.error.${key}`));
    }
  }

  const onFrame = useEffectEvent((texts: string[]) => onCodes(texts));
  const onDecoderFailed = useEffectEvent(() => {
    stopCamera();
    setError(t('qr.error.decoder'));
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
          if (stopped) return;
          onFrame(texts);
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

  return (
    <div>
      {error ? (
        <p id="qr-camera-error" className="field-error">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn disabled:opacity-60"
        disabled={disabled}
        onClick={cameraOn ? stopCamera : startCamera}
        aria-describedby={error ? 'qr-camera-error' : undefined}
      >
        {cameraOn ? t('qr.cameraStop') : t('qr.camera')}
      </button>
      {options}
      {cameraOn ? (
        <div className="mt-3">
          <p className="mb-2 text-muted">{t('qr.cameraHint')}</p>
          <video ref={videoRef} muted playsInline aria-label={t('qr.cameraPreview')} className="aspect-[4/3] w-full max-w-md rounded-md border-2 border-ink bg-ink object-cover" />
        </div>
      ) : null}
    </div>
  );
}
