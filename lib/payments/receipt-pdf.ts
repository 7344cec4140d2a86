/**
 * The e-receipt of a paid order as an A4 PDF (pdf-lib, with a committed Noto Sans TC subset for
 * the Chinese text: lib/pdf/font.ts). Bilingual labels, ROC dates on the Chinese
 * side, and a line saying the data is synthetic.
 */
import 'server-only';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { rocDateText } from '@/lib/taiwan/roc';
import { todayInTaipei } from '@/lib/taiwan/today';
import type { PaymentOrderDto, ReceiptDto } from './store';
import { pdfFont } from '@/lib/pdf/font';


const TAIPEI_MS = 8 * 3_600_000;

/** '115年11月30日 14:05（2026-11-30 14:05, Taipei time）'. */
export function receiptDateTime(at: Date): string {
  const day = todayInTaipei(at);
  const time = new Date(at.getTime() + TAIPEI_MS).toISOString().slice(11, 16);
  return `${rocDateText(day)} ${time}（${day} ${time} Taipei time）`;
}

export const receiptFileName = (number: string) => `tax-cloud-receipt-${number}.pdf`;

const money = (n: number) => `NT$${n.toLocaleString('en-US')}`;

export async function receiptPdf(order: PaymentOrderDto & { receipt: ReceiptDto }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`稅務雲電子收據 Tax Cloud e-receipt ${order.receipt.number}`);
  pdf.setAuthor('稅務雲 Tax Cloud');
  pdf.setSubject(order.description);
  pdf.setLanguage('zh-Hant-TW');
  pdf.setCreationDate(order.receipt.issuedAt);
  pdf.setModificationDate(order.receipt.issuedAt);
  const text = await pdf.embedFont(await pdfFont(), { subset: true });
  const page = pdf.addPage([595.28, 841.89]); // A4 in points
  const ink = rgb(0.07, 0.09, 0.15);
  const muted = rgb(0.3, 0.33, 0.38);
  const left = 56;
  let y = 780;

  page.drawText('稅務雲 電子收據', { x: left, y, size: 22, font: text, color: ink });
  y -= 26;
  page.drawText('Tax Cloud e-receipt', { x: left, y, size: 14, font: text, color: muted });
  y -= 18;
  page.drawLine({ start: { x: left, y }, end: { x: 539, y }, thickness: 1, color: muted });
  y -= 30;

  const rows: [string, string][] = [
    ['收據號碼 Receipt number', order.receipt.number],
    ['開立時間 Issued', receiptDateTime(order.receipt.issuedAt)],
    ['繳納項目 Paid for', order.description],
    ['金額 Amount', `${money(order.amount)}（新臺幣 ${order.amount.toLocaleString('en-US')} 元）`],
    ['付款時間 Paid', receiptDateTime(order.settledAt ?? order.receipt.issuedAt)],
    ['付款方式 Channel', '線上付款 Online payment'],
    ['訂單編號 Order', order.id],
  ];
  for (const [label, value] of rows) {
    page.drawText(label, { x: left, y, size: 10, font: text, color: muted });
    y -= 16;
    // Long descriptions wrap at the page's width rather than run off it.
    for (const line of wrap(value, 36)) {
      page.drawText(line, { x: left, y, size: 13, font: text, color: ink });
      y -= 18;
    }
    y -= 10;
  }
  if (order.billSettled === false) {
    page.drawText('此帳單已由其他管道繳清，本筆款項將退還。', { x: left, y, size: 11, font: text, color: ink });
    y -= 16;
    page.drawText('The bill had already been paid another way: this payment will be refunded.', { x: left, y, size: 10, font: text, color: ink });
    y -= 24;
  }
  y -= 10;
  page.drawText('本收據由稅務雲示範系統產生，資料為模擬資料，不具法律效力。', { x: left, y, size: 10, font: text, color: muted });
  y -= 14;
  page.drawText('Issued by the Tax Cloud demonstration: the data is synthetic and has no legal effect.', { x: left, y, size: 9, font: text, color: muted });
  return pdf.save();
}

/** Splits at a width counted in half-width units (a CJK character counts two). */
function wrap(value: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of value) {
    const w = ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    if (used + w > width * 2 && line) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
