/**
 * Generates the Tax Cloud app icons without any third-party dependency.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Motif: a deep teal (#0f5e63) rounded square with a white stylised receipt
 * (a rectangle with a zig-zag bottom edge and three horizontal lines).
 *
 * Output:
 *   public/icons/icon-192.png         192x192, rounded square, transparent corners
 *   public/icons/icon-512.png         512x512, rounded square, transparent corners
 *   public/icons/maskable-512.png     512x512, full-bleed background, motif inside the safe zone
 *   public/icons/apple-touch-icon.png 180x180, full-bleed background (iOS rounds the corners itself)
 *   public/favicon.ico                ICO with a single 32x32 entry holding an embedded PNG
 *
 * Pixels are drawn by supersampling simple shape tests; the PNG encoder uses
 * node:zlib for DEFLATE and a hand-written CRC32.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

type RGB = readonly [number, number, number];

const TEAL: RGB = [0x0f, 0x5e, 0x63];
const WHITE: RGB = [0xff, 0xff, 0xff];

// ---------------------------------------------------------------------------
// CRC32 (IEEE 802.3, polynomial 0xEDB88320), as required by PNG chunks.
// ---------------------------------------------------------------------------
const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------------------
// PNG encoder (8-bit RGBA, non-interlaced).
// ---------------------------------------------------------------------------
function pngChunk(type: string, data: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, "ascii");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBytes, data])), 0);
  return Buffer.concat([length, typeBytes, data, crc]);
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new Error(`pixel buffer has ${rgba.length} bytes, expected ${width * height * 4}`);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace

  // Each scanline is prefixed with a filter-type byte. Filter 1 (Sub) keeps
  // the large flat areas of an icon very small after DEFLATE.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const rowStart = y * (stride + 1);
    raw[rowStart] = 1;
    for (let x = 0; x < stride; x++) {
      const cur = rgba[y * stride + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      raw[rowStart + 1 + x] = (cur - left) & 0xff;
    }
  }

  return Buffer.concat([
    signature,
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(raw, { level: 9 })),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------------------
// ICO container with a single PNG-compressed entry.
// ---------------------------------------------------------------------------
export function encodeIcoWithPng(size: number, png: Buffer): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // number of images

  const entry = Buffer.alloc(16);
  entry[0] = size >= 256 ? 0 : size; // width (0 means 256)
  entry[1] = size >= 256 ? 0 : size; // height
  entry[2] = 0; // palette colours
  entry[3] = 0; // reserved
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8); // size of image data
  entry.writeUInt32LE(header.length + entry.length, 12); // offset of image data

  return Buffer.concat([header, entry, png]);
}

// ---------------------------------------------------------------------------
// Motif. Coordinates are in "design units" on a 0..1 square; the renderer maps
// pixel sample positions into this space.
// ---------------------------------------------------------------------------
interface IconOptions {
  /** Pixel size of the square output. */
  size: number;
  /** Rounded-square corner radius as a fraction of the size; 0 = full-bleed square. */
  cornerRadius: number;
  /** Scale of the receipt relative to the standard layout (1 = standard). */
  motifScale: number;
  /** Number of zig-zag teeth on the bottom edge (fewer reads better at tiny sizes). */
  teeth?: number;
  /** Multiplier for the text-line thickness and tooth height (small sizes need bolder strokes). */
  strokeBoost?: number;
}

/** Is (x, y) inside a rounded rectangle? */
function inRoundedRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  if (r <= 0) return true;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

/** Returns the colour of the motif at design point (x, y), or null for transparent. */
function sampleMotif(x: number, y: number, opts: IconOptions): RGB | null {
  // Background: rounded square (or full-bleed square when cornerRadius is 0).
  if (!inRoundedRect(x, y, 0, 0, 1, 1, opts.cornerRadius)) return null;

  // Receipt geometry around the centre, scaled for the maskable variant.
  const s = opts.motifScale;
  const w = 0.46 * s;
  const h = 0.6 * s;
  const cx = 0.5;
  const cy = 0.5;
  const left = cx - w / 2;
  const right = cx + w / 2;
  const top = cy - h / 2;
  const bottom = cy + h / 2;

  // Zig-zag bottom edge: `teeth` triangles pointing down, tooth height `toothH`.
  const teeth = opts.teeth ?? 5;
  const boost = opts.strokeBoost ?? 1;
  const toothW = w / teeth;
  const toothH = 0.06 * s * boost;

  if (x >= left && x <= right && y >= top) {
    const u = (x - left) / toothW; // position in tooth units
    const frac = u - Math.floor(u); // 0..1 within a tooth
    const tri = 1 - Math.abs(2 * frac - 1); // 0 at tooth edges, 1 at tooth tip
    const edgeY = bottom - toothH + toothH * tri;
    // Slightly rounded top corners of the paper.
    const inPaper =
      y <= edgeY && inRoundedRect(x, y, left, top, right, bottom, 0.025 * s);
    if (inPaper) {
      // Three horizontal "text" lines with rounded caps; the last one shorter.
      const lineH = 0.055 * s * boost;
      const padX = 0.085 * s;
      const firstLineY = top + 0.13 * s;
      const gap = 0.12 * s;
      const lines: Array<[number, number]> = [
        [left + padX, right - padX],
        [left + padX, right - padX],
        [left + padX, right - padX - 0.11 * s],
      ];
      for (let i = 0; i < lines.length; i++) {
        const seg = lines[i];
        if (!seg) continue;
        const ly0 = firstLineY + i * gap;
        if (inRoundedRect(x, y, seg[0], ly0, seg[1], ly0 + lineH, lineH / 2)) {
          return TEAL;
        }
      }
      return WHITE;
    }
  }
  return TEAL;
}

export function renderIcon(opts: IconOptions): Uint8Array {
  const { size } = opts;
  // More samples for small icons so thin features stay smooth.
  const ss = size <= 64 ? 8 : 4;
  const out = new Uint8Array(size * size * 4);
  const n = ss * ss;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          const c = sampleMotif(x, y, opts);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        // Average colour over covered samples (un-premultiplied), coverage as alpha.
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return out;
}

function png(opts: IconOptions): Buffer {
  return encodePng(opts.size, opts.size, renderIcon(opts));
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const iconsDir = join(root, "public", "icons");
  mkdirSync(iconsDir, { recursive: true });

  const rounded = 0.2; // corner radius for the rounded-square icons
  const files: Array<[string, Buffer]> = [
    [join(iconsDir, "icon-192.png"), png({ size: 192, cornerRadius: rounded, motifScale: 1 })],
    [join(iconsDir, "icon-512.png"), png({ size: 512, cornerRadius: rounded, motifScale: 1 })],
    // Maskable: the platform applies its own mask, so the background is full-bleed
    // and the receipt is shrunk well inside the 80% safe-zone circle.
    [join(iconsDir, "maskable-512.png"), png({ size: 512, cornerRadius: 0, motifScale: 0.78 })],
    // iOS rounds apple-touch icons itself and shows transparent pixels as black.
    [join(iconsDir, "apple-touch-icon.png"), png({ size: 180, cornerRadius: 0, motifScale: 1 })],
    [
      join(root, "public", "favicon.ico"),
      encodeIcoWithPng(
        32,
        png({ size: 32, cornerRadius: rounded, motifScale: 1.08, teeth: 3, strokeBoost: 1.25 }),
      ),
    ],
  ];

  for (const [path, data] of files) {
    writeFileSync(path, data);
    console.log(`wrote ${path.slice(root.length + 1)} (${data.length} bytes)`);
  }
}

main();
