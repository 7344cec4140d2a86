/**
 * Reading QR codes from a photo or a camera frame, in the browser. The native BarcodeDetector
 * where the browser has one (Chrome on Android and macOS, Edge, Samsung Internet); elsewhere
 * ZXing compiled to WebAssembly (zxing-wasm), imported only the first time it is needed. Its
 * .wasm is served from this origin (public/wasm, checked against the package by
 * tests/unit/qr-decoder-wasm.test.ts): the CSP allows no CDN, and there is no internet here.
 */
import { parseLeftQr } from '@/lib/lottery/qr';

type DetectorSource = HTMLCanvasElement;
type NativeDetector = { detect(source: DetectorSource): Promise<{ rawValue: string }[]> };
type NativeDetectorClass = {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
};

/** Where the reader's WebAssembly is served; the file name carries the package version. */
export const zxingWasmPath = (version: string) => `/wasm/zxing_reader-${version}.wasm`;

// Photos are scaled down to this many pixels on their longer side: plenty for a QR code that
// fills a tenth of the frame, and decoding a 12-megapixel photo would take seconds.
const MAX_SIDE = 2000;

let native: Promise<NativeDetector | null> | null = null;
let zxing: Promise<typeof import('zxing-wasm/reader')> | null = null;

function nativeDetector(): Promise<NativeDetector | null> {
  native ??= (async () => {
    const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
    if (!Detector) return null;
    try {
      return (await Detector.getSupportedFormats()).includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  })();
  return native;
}

function zxingReader(): Promise<typeof import('zxing-wasm/reader')> {
  zxing ??= import('zxing-wasm/reader').then(
    (module) => {
      module.prepareZXingModule({
        overrides: { locateFile: (path, prefix) => (path.endsWith('.wasm') ? zxingWasmPath(module.ZXING_WASM_VERSION) : prefix + path) },
      });
      return module;
    },
    (error: unknown) => {
      zxing = null; // let a later attempt try again (e.g. after a network blip)
      throw error;
    },
  );
  return zxing;
}

/** Starts fetching the fallback decoder (e.g. when the camera opens), so the first frame is not slow. */
export async function warmUpDecoder(): Promise<void> {
  if (!(await nativeDetector())) await zxingReader();
}

/** Every QR code's text in the picture (an e-invoice proof has two). */
export async function readQrCodes(picture: CanvasImageSource, width: number, height: number): Promise<string[]> {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  const detector = await nativeDetector();
  if (detector) return (await detector.detect(canvas)).map((code) => code.rawValue);
  const { readBarcodes } = await zxingReader();
  const results = await readBarcodes(context.getImageData(0, 0, canvas.width, canvas.height), { formats: ['QRCode'], maxNumberOfSymbols: 4, tryHarder: true });
  return results.filter((r) => r.isValid).map((r) => r.text);
}

/** Reads the QR codes in an image file (a photo of the proof, or a screenshot). */
export async function readQrCodesFromFile(file: Blob): Promise<string[]> {
  const bitmap = await createImageBitmap(file);
  try {
    return await readQrCodes(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/**
 * Of the codes in one picture, the left one of an e-invoice: not the right one, which begins
 * with '**' and lists items; preferably one that parses.
 */
export function pickLeftQr(texts: readonly string[]): { ok: true; text: string } | { ok: false; reason: 'none' | 'right_only' } {
  const candidates = texts.map((t) => t.trim()).filter((t) => t && !t.startsWith('**'));
  const text = candidates.find((t) => parseLeftQr(t).ok) ?? candidates[0];
  if (text) return { ok: true, text };
  return { ok: false, reason: texts.length ? 'right_only' : 'none' };
}
