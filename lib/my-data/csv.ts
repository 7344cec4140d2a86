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
    case 'tax-bills':
      return table(
        ['id', 'taxType', 'direction', 'taxYear', 'office', 'subject', 'principal', 'dueDate', 'status', 'amountDue', 'lateFeeSurcharge', 'lateFeeInterest', 'vehicle'],
        data.taxBills.map((b) => [
          b.id,
          b.taxType,
          b.direction,
          b.taxYear,
          b.office,
          b.subject,
          b.principal,
          b.dueDate,
          b.status,
          b.amountDue,
          b.lateFee?.surcharge,
          b.lateFee?.interest,
          b.vehicle ? `${b.vehicle.kind} ${b.vehicle.cc} cc` : '',
        ]),
      );
    case 'tax-bill-events':
      return table(
        ['billId', 'kind', 'at', 'amount', 'channel', 'reference'],
        data.taxBills.flatMap((b) => b.events.map((e) => [b.id, e.kind, e.at, e.amount, e.channel, e.reference])),
      );
    case 'tax-data':
      // A record type in the first column (I = income, P = property), as the passbook's own tax-data file.
      return table(
        ['record', 'incomeYear', 'payerBan', 'payerName', 'incomeCode', 'amount', 'withheld', 'kind', 'description', 'measure', 'value', 'acquiredOn'],
        [
          ...data.taxData.income.map((r): Cell[] => ['I', r.incomeYear, r.payerBan, r.payerName, r.code, r.amount, r.withheld, '', '', '', '', '']),
          ...data.taxData.properties.map((p): Cell[] => ['P', '', '', '', '', '', '', p.kind, p.description, p.measure, p.value, p.acquiredOn]),
        ],
      );
    case 'payments':
      return table(
        ['id', 'billId', 'amount', 'description', 'status', 'createdAt', 'expiresAt', 'settledAt', 'billSettled', 'receiptNumber', 'receiptIssuedAt'],
        data.payments.map((o) => [o.id, o.billId, o.amount, o.description, o.status, o.createdAt, o.expiresAt, o.settledAt, o.billSettled, o.receipt?.number, o.receipt?.issuedAt]),
      );
    case 'forum-posts': {
      // What the citizen wrote: threads, comments and the earlier versions of either.
      const f = data.forum;
      return table(
        ['record', 'threadId', 'commentId', 'parentId', 'category', 'kind', 'title', 'body', 'status', 'endorsements', 'writtenAt', 'editedAt', 'hiddenReason'],
        [
          ...f.threads.map((t): Cell[] => ['thread', t.id, '', '', t.category, t.kind, t.title, t.body, t.status, t.endorsements, t.createdAt, t.editedAt, t.hiddenReason]),
          ...f.comments.map((c): Cell[] => ['comment', c.threadId, c.id, c.parentId, '', '', '', c.body, '', '', c.createdAt, c.editedAt, c.hiddenReason]),
          ...f.edits.map((e): Cell[] => ['earlier-version', e.threadId, e.commentId, '', '', '', e.title, e.body, '', '', e.writtenAt, e.replacedAt, '']),
        ],
      );
    }
    case 'forum-activity': {
      // What the citizen did with other threads, and what the forum told or did to them.
      const f = data.forum;
      return table(
        ['record', 'threadId', 'commentId', 'threadTitle', 'detail', 'at', 'read', 'until'],
        [
          ...f.endorsements.map((e): Cell[] => ['endorsement', e.threadId, '', e.threadTitle, '', e.createdAt, '', '']),
          ...f.follows.map((e): Cell[] => ['follow', e.threadId, '', e.threadTitle, '', e.createdAt, '', '']),
          ...f.reports.map((r): Cell[] => ['report', r.threadId, r.commentId, '', r.reason, r.createdAt, '', '']),
          ...f.notifications.map((n): Cell[] => ['notification', n.threadId, '', n.threadTitle, n.kind, n.createdAt, n.read, '']),
          ...f.suspensions.map((s): Cell[] => ['suspension', '', '', '', s.reason, s.createdAt, '', s.until]),
        ],
      );
    }
    case 'developer-apps':
      return table(
        ['appId', 'name', 'description', 'contact', 'createdAt', 'keyCreatedAt', 'revokedAt', 'demo'],
        data.developerApps.map((a) => [a.appId, a.name, a.description, a.contact, a.createdAt, a.keyCreatedAt, a.revokedAt, a.demo]),
      );
  }
}

/** The file name of a download: tax-cloud-my-data-2026-11-30.json, tax-cloud-my-data-invoices-2026-11-30.csv. */
export function exportFileName(section: ExportSection | null, taipeiDate: string): string {
  return section ? `tax-cloud-my-data-${section}-${taipeiDate}.csv` : `tax-cloud-my-data-${taipeiDate}.json`;
}
