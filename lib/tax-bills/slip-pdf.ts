/**
 * The payment slip as an A4 PDF (pdf-lib): the same terms as the print page — amount, deadline,
 * the three Code 39 store barcodes (or "not payable at a convenience store"), the virtual account
 * and the payment QR — drawn as PNGs by bwip-js, with the committed Noto Sans TC subset
 * (lib/pdf/font.ts) for the Chinese.
 */
import 'server-only';
import fontkit from '@pdf-lib/fontkit';
import bwipjs from 'bwip-js/node';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { rocYearOf } from '@/lib/taiwan';
import { SLIP_FACTS } from './data/slip-format';
import type { TaxBillDto } from './dto';
import type { SlipTerms } from './slip-terms';
import { pdfFont } from '@/lib/pdf/font';


const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function code39Png(text: string): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: 'code39', text, scale: 2, height: 10, includetext: false, paddingwidth: 10, paddingheight: 4, backgroundcolor: 'FFFFFF' });
}

function qrPng(text: string): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: 'qrcode', text, scale: 3, paddingwidth: 4, paddingheight: 4, backgroundcolor: 'FFFFFF' });
}

export async function slipPdf(bill: TaxBillDto, terms: SlipTerms, payer: string, locale: Locale): Promise<Uint8Array> {
  const M = (locale === 'en' ? en : zh).TaxBills;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(await pdfFont(), { subset: false });
  doc.setTitle(fill(M.slip.heading, { tax: M.taxNames[bill.taxType], year: locale === 'en' ? bill.taxYear : rocYearOf(bill.taxYear) }));
  doc.setLanguage(locale);
  doc.setProducer('Tax Cloud');
  const page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const line = (text: string, size = 11, gap = 6) => {
    for (const part of wrap(regular, text, size, A4[0] - 2 * MARGIN)) {
      y -= size * 1.25;
      page.drawText(part, { x: MARGIN, y, size, font: regular, color: rgb(0, 0, 0) });
    }
    y -= gap;
  };
  const n = (v: number) => formatNumber(v, locale);

  line(fill(M.slip.heading, { tax: M.taxNames[bill.taxType], year: locale === 'en' ? bill.taxYear : rocYearOf(bill.taxYear) }), 18, 10);
  line(M.slip.synthetic, 10, 10);
  line(`${M.office}: ${locale === 'en' ? bill.office.nameEn : bill.office.name}`);
  line(`${M.slip.payer}: ${payer}`);
  line(`${M.subject}: ${locale === 'en' ? bill.subjectEn : bill.subject}`);
  line(`${M.principal}: NT$ ${n(bill.principal)}`);
  line(`${M.slip.amount}: NT$ ${n(terms.amount)}`, 14);
  line(`${M.slip.deadline}: ${formatDate(terms.deadline, locale)}`, 14);
  line(`${M.slip.billNumber}: ${terms.billNumber}`);
  if (bill.lateFee) line(M.slip.deadlineNote, 9, 10);

  line(M.slip.storeHeading, 14, 8);
  if (terms.barcodes) {
    for (const text of [terms.barcodes.segment1, terms.barcodes.segment2, terms.barcodes.segment3]) {
      const png = await doc.embedPng(await code39Png(text));
      const width = Math.min(png.width * 0.75, A4[0] - 2 * MARGIN);
      const height = (png.height * width) / png.width;
      y -= height;
      page.drawImage(png, { x: MARGIN, y, width, height });
      y -= 4;
      line(text, 10, 10);
    }
  } else {
    line(M.slip.overLimit, 11, 10);
  }

  line(M.slip.transferHeading, 14, 8);
  line(`${M.slip.bank}: ${terms.virtualAccount.bankCode} ${locale === 'en' ? terms.virtualAccount.bankNameEn : terms.virtualAccount.bankName}`);
  line(`${M.slip.account}: ${terms.virtualAccount.account}`, 11, 10);

  line(M.slip.qrHeading, 14, 8);
  const qr = await doc.embedPng(await qrPng(terms.qrText));
  y -= 100;
  page.drawImage(qr, { x: MARGIN, y, width: 100, height: 100 });
  y -= 4;
  line(M.slip.qrCaption, 9, 10);

  line(M.slip.factsHeading, 10, 4);
  for (const fact of SLIP_FACTS) line(`[${fact.confidence}] ${fact.note}`, 7, 3);
  return doc.save();
}

/** Lines that fit `width`: broken at a space when there is one, else between characters (CJK has no spaces). */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const ch of text) {
    const next = current + ch;
    if (font.widthOfTextAtSize(next, size) <= width) {
      current = next;
      continue;
    }
    const space = current.lastIndexOf(' ');
    if (space > current.length / 2) {
      lines.push(current.slice(0, space));
      current = current.slice(space + 1) + ch;
    } else {
      lines.push(current);
      current = ch;
    }
  }
  if (current) lines.push(current);
  return lines;
}
