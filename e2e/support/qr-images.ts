/**
 * E-invoice QR codes as pictures, for the checker's photo and camera journeys: the left code
 * (from the spec's field layout) and the right one side by side, as PNG or as frames of
 * video for Chromium's fake camera. Drawn with zxing-wasm's writer (the reader's package).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';

/**
 * A left QR code per the spec (../shared/domain §3): number, ROC date 1141015, random code,
 * sales NT$100 and total NT$105 in hex, no buyer, seller BAN, a 24-character encryption field,
 * then the colon-separated tail with one item.
 */
export const LEFT_QR = leftQr('AB41016094', '1141015');
export const RIGHT_QR = '**咖啡:1:105';

/** A left QR code like LEFT_QR for another invoice number and ROC date (yyyMMdd). */
export function leftQr(number: string, rocDate: string): string {
  return number + rocDate + '4115' + '00000064' + '00000069' + '00000000' + '12345678' + 'ynP6P9mSgOQjIIg1jusZVA==' + ':**********:1:1:1:咖啡:1:105';
}

export type Grey = { width: number; height: number; pixels: Buffer };

/** The two QR codes of an e-invoice side by side, as the proof prints them (grey-scale, 4 px a module). */
export async function proofImage(left = LEFT_QR): Promise<Grey> {
  const require = createRequire(import.meta.url);
  prepareZXingModule({ overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/writer/zxing_writer.wasm')).buffer as ArrayBuffer } });
  const symbols = await Promise.all([left, RIGHT_QR].map(async (text) => (await writeBarcode(text, { format: 'QRCode' })).symbol!));
  const scale = 4;
  const quiet = 4 * scale;
  const size = Math.max(...symbols.map((s) => s.width)) * scale;
  const width = quiet * 3 + size * 2;
  const height = quiet * 2 + size;
  const pixels = Buffer.alloc(width * height, 255);
  symbols.forEach((symbol, n) => {
    const x0 = quiet + n * (size + quiet);
    for (let y = 0; y < symbol.height * scale; y++) {
      for (let x = 0; x < symbol.width * scale; x++) {
        pixels[(quiet + y) * width + x0 + x] = symbol.data[Math.floor(y / scale) * symbol.width + Math.floor(x / scale)]!;
      }
    }
  });
  return { width, height, pixels };
}

/** An 8-bit grey-scale PNG. */
export function png({ width, height, pixels }: Grey): Buffer {
  const rows = Buffer.alloc((width + 1) * height); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (width + 1) + 1, y * width, (y + 1) * width);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0 (grey), default compression, filter and interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Uncompressed 4:2:0 video, each picture centred on a light background and shown in turn for `framesEach` frames at `fps`, as
 * someone holds one invoice after another up to the camera. Chromium's fake camera plays it in
 * a loop.
 */
export function y4mSequence(images: readonly Grey[], width: number, height: number, { fps, framesEach }: { fps: number; framesEach: number }): Buffer {
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frames = images.map((image) => {
    const luma = Buffer.alloc(width * height, 220);
    const x0 = (width - image.width) >> 1;
    const y0 = (height - image.height) >> 1;
    for (let y = 0; y < image.height; y++) image.pixels.copy(luma, (y0 + y) * width + x0, y * image.width, (y + 1) * image.width);
    return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  });
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`), ...frames.flatMap((frame) => Array<Buffer>(framesEach).fill(frame))]);
}
