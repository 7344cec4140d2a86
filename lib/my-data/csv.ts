/**
 * "Download my data" as CSV: one file per section, the same content as the JSON file. Column
 * names are the JSON's field names (stable for programs; a spreadsheet reads them well enough),
 * UTF-8 with a BOM, every cell through csvCell (lib/csv.ts) so nothing runs as a formula. Pure.
 */
import { csvLine } from '@/lib/csv';
import type { ExportSection, MyDataExport } from './dto';

type Cell = string | number | boolean | null | undefined;

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${csvLine(header)}${rows.map((r) => csvLine(r)).join('')}`;
}

export function sectionCsv(data: MyDataExport, section: ExportSection): string {
  switch (section) {
    case 'account': {
      const a = data.account;
      return table(
        ['field', 'value'],
        [
          ['mobileBarcode', a.mobileBarcode],
          ['email', a.email],
          ['emailConfirmedAt', a.emailConfirmedAt],
          ['createdAt', a.createdAt],
          ['lastSignInAt', a.lastSignInAt],
          ['deletionRequestedAt', a.deletionRequestedAt],
          ['deletionAfter', a.deletionAfter],
          ['demoAccount', a.demoAccount],
          ...a.passkeys.map((p, i): Cell[] => [`passkey${i + 1}`, `${p.name} (${p.deviceType}); created ${p.createdAt}; last used ${p.lastUsedAt ?? '-'}`]),
        ],
      );
    }
    case 'carriers':
      return table(['typeCode', 'number', 'linkedAt'], data.carriers.map((c) => [c.typeCode, c.number, c.linkedAt]));
    case 'invoices':
      return table(
        ['number', 'issuedAt', 'amount', 'sellerName', 'sellerBan', 'carrierTypeCode', 'carrierNumber', 'randomCode', 'donated', 'items'],
        data.invoices.map((i) => [i.number, i.issuedAt, i.amount, i.seller.name, i.seller.ban, i.carrier.typeCode, i.carrier.number, i.randomCode, i.donated, i.items.length]),
      );
    case 'items':
      return table(
        ['invoiceNumber', 'issuedAt', 'line', 'name', 'nameEn', 'amount'],
        data.invoices.flatMap((i) => i.items.map((item, k) => [i.number, i.issuedAt, k + 1, item.name, item.nameEn, item.amount])),
      );
    case 'donations':
      return table(
        ['periodKey', 'invoiceNumber', 'loveCode', 'organisation', 'amount', 'donatedAt'],
        data.donations.map((d) => [d.periodKey, d.invoiceNumber, d.loveCode, d.organisation, d.amount, d.donatedAt]),
      );
    case 'bank-account': {
      const b = data.bankAccount;
      return table(['bankCode', 'accountNumberMasked', 'updatedAt'], b ? [[b.bankCode, b.accountNumberMasked, b.updatedAt]] : []);
    }
    case 'spending':
      return table(['month', 'invoices', 'amount', 'meanPerInvoice'], (data.spending?.byMonth ?? []).map((m) => [m.month, m.invoices, m.amount, m.mean === null ? '' : m.mean.toFixed(1)]));
    case 'access-log':
      return table(['at', 'action', 'actor', 'ip', 'target', 'reason'], data.accessLog.map((e) => [e.at, e.action, e.actor, e.ip, e.target, e.reason]));
  }
}

/** The file name of a download: tax-cloud-my-data-2026-11-30.json, tax-cloud-my-data-invoices-2026-11-30.csv. */
export function exportFileName(section: ExportSection | null, taipeiDate: string): string {
  return section ? `tax-cloud-my-data-${section}-${taipeiDate}.csv` : `tax-cloud-my-data-${taipeiDate}.json`;
}
