/**
 * The mobile barcode as the cashier scans it: Code 39 (the platform prints the proof's barcode in
 * Code 39 too; README §3), rendered on the server as SVG by bwip-js, so the page needs no script
 * and the bars stay sharp at any size. Black on white, no text under the bars (the page prints
 * the characters large beside them), and a quiet zone of 10 modules on each side.
 */
import 'server-only';
import { code39Svg } from '@/lib/barcodes/svg';
import { validateCarrierNumber } from './types';

export function mobileBarcodeSvg(barcode: string): string {
  // Only a well-formed barcode reaches the renderer: its SVG is put into the page as is.
  const checked = validateCarrierNumber('3J0002', barcode);
  if (!checked.ok) throw new Error('not a mobile barcode');
  return code39Svg(checked.number);
}
