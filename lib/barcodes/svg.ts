/**
 * Barcodes drawn on the server as SVG by bwip-js, so pages need no script and the bars stay sharp
 * at any size: black on white with quiet zones, no text under the bars (pages print the
 * characters themselves). Callers pass only text they have validated: the SVG goes into the page
 * as is.
 */
import 'server-only';
import bwipjs from 'bwip-js/node';

const COLOURS = { backgroundcolor: 'FFFFFF', barcolor: '000000' } as const;

/** Code 39, as the mobile barcode and the proof's 1D barcode are printed (data/domain README §3). */
export function code39Svg(text: string, options: { scale?: number; height?: number } = {}): string {
  return bwipjs.toSVG({ bcid: 'code39', text, scale: options.scale ?? 3, height: options.height ?? 18, includetext: false, paddingwidth: 10, paddingheight: 4, ...COLOURS });
}

/** A QR code (BWIPP's default error correction, M), with the standard 4-module quiet zone. */
export function qrSvg(text: string): string {
  return bwipjs.toSVG({ bcid: 'qrcode', text, scale: 3, paddingwidth: 4, paddingheight: 4, ...COLOURS });
}
