/**
 * A signed-in citizen's JSON answers (/api/v1/me/…, passkey sign-in) as zod schemas: the routes
 * type their answers with them (lib/api/documented-json.ts) and lib/citizens/openapi.ts documents
 * them. Objects are strict: a field the schema does not name is an error.
 */
import { z } from 'zod';
import type { Documented } from '@/lib/api/documented-json';
import { PRIZE_TIERS, type PrizeKey } from '@/lib/lottery/prizes';
import type { MyDataExport } from '@/lib/my-data/dto';

const dateTime = () => z.string().meta({ format: 'date-time' });
const date = () => z.string().meta({ format: 'date' });

export const carrierSchema = z
  .strictObject({
    id: z.number().int(),
    typeCode: z.string().meta({ example: '3J0002' }),
    type: z.string().meta({ description: 'The carrier type’s key, e.g. mobileBarcode, easyCard', example: 'mobileBarcode' }),
    number: z.string().meta({ description: 'The mobile barcode in full; cards masked to their last 4 characters' }),
    mobileBarcode: z.boolean(),
    linkedAt: dateTime().nullable(),
  })
  .meta({ id: 'Carrier' });

export const carriersSchema = z.strictObject({ carriers: z.array(carrierSchema) });

const prize = z
  .strictObject({
    key: z.enum(Object.keys(PRIZE_TIERS) as [PrizeKey, ...PrizeKey[]]),
    kind: z.enum(['regular', 'cloud']),
    amount: z.number().int(),
    name: z.string(),
    nameEn: z.string(),
  })
  .meta({ id: 'InvoicePrize' });

const summaryFields = {
  number: z.string().meta({ description: 'AB12345678; a donated invoice masked as AB12345***' }),
  period: z.string().meta({ description: 'invTerm (even month), e.g. 11410' }),
  issuedAt: dateTime().meta({ description: 'Taiwan time with its offset' }),
  amount: z.number().int(),
  seller: z.strictObject({ name: z.string(), ban: z.string() }),
  carrier: z.strictObject({ id: z.number().int(), typeCode: z.string(), number: z.string() }),
  draw: z.strictObject({
    state: z.enum(['not_drawn', 'awaiting_numbers', 'drawn']),
    drawDate: date(),
    claimFrom: date(),
    claimTo: date(),
    claim: z.enum(['not_yet', 'open', 'closed']),
  }),
  prize: prize.nullable().meta({ description: 'null: no prize, or not known yet (see draw.state); never set for a donated invoice' }),
  payout: z.enum(['no_account', 'scheduled', 'paid', 'not_applicable']),
  donated: z.boolean(),
};

export const invoicePageSchema = z
  .strictObject({
    period: z.string(),
    invoices: z.array(z.strictObject(summaryFields).meta({ id: 'InvoiceSummary' })),
    nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last' }),
  })
  .meta({ id: 'InvoicePage' });

export const invoiceDetailSchema = z
  .strictObject({
    ...summaryFields,
    randomCode: z.string().nullable().meta({ description: '4 digits; null for a donated invoice' }),
    seller: z.strictObject({ name: z.string(), ban: z.string(), county: z.string(), township: z.string(), countyEn: z.string() }),
    items: z.array(z.strictObject({ code: z.number().int(), name: z.string(), nameEn: z.string(), amount: z.number() })),
    synthetic: z.literal(true),
  })
  .meta({ id: 'InvoiceDetail', description: 'The invoice with its items and seller (synthetic data).' });

const transports = z.array(z.string().meta({ description: 'ble, cable, hybrid, internal, nfc, smart-card or usb' }));
const credential = z.strictObject({ id: z.string(), type: z.string().meta({ example: 'public-key' }), transports: transports.optional() });
const userVerification = z.enum(['required', 'preferred', 'discouraged']);
const hints = z.array(z.enum(['hybrid', 'security-key', 'client-device']));
const extensions = z.strictObject({ credProps: z.boolean().optional(), appid: z.string().optional() });

export const passkeyCreationOptionsSchema = z
  .strictObject({
    rp: z.strictObject({ name: z.string(), id: z.string().optional() }),
    user: z.strictObject({ id: z.string(), name: z.string(), displayName: z.string() }),
    challenge: z.string().meta({ description: 'base64url' }),
    pubKeyCredParams: z.array(z.strictObject({ alg: z.number().int(), type: z.literal('public-key') })),
    timeout: z.number().int().optional(),
    excludeCredentials: z.array(credential).optional(),
    authenticatorSelection: z
      .strictObject({
        authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
        requireResidentKey: z.boolean().optional(),
        residentKey: z.enum(['required', 'preferred', 'discouraged']).optional(),
        userVerification: userVerification.optional(),
      })
      .optional(),
    hints: hints.optional(),
    attestation: z.enum(['none', 'indirect', 'direct', 'enterprise']).optional(),
    attestationFormats: z.array(z.enum(['fido-u2f', 'packed', 'android-safetynet', 'android-key', 'tpm', 'apple', 'none'])).optional(),
    extensions: extensions.optional(),
  })
  .meta({ id: 'PasskeyCreationOptions', description: 'PublicKeyCredentialCreationOptionsJSON (WebAuthn Level 3), for navigator.credentials.create().' });

export const passkeyRequestOptionsSchema = z
  .strictObject({
    challenge: z.string().meta({ description: 'base64url' }),
    timeout: z.number().int().optional(),
    rpId: z.string().optional(),
    allowCredentials: z.array(credential).optional(),
    userVerification: userVerification.optional(),
    hints: hints.optional(),
    extensions: extensions.optional(),
  })
  .meta({ id: 'PasskeyRequestOptions', description: 'PublicKeyCredentialRequestOptionsJSON (WebAuthn Level 3), for navigator.credentials.get().' });

export const passkeyAddedSchema = z.strictObject({ id: z.string(), name: z.string(), createdAt: dateTime() }).meta({ id: 'Passkey', description: 'The passkey added.' });

const spendingLine = { invoices: z.number().int(), amount: z.number(), mean: z.number().nullable().meta({ description: 'NT$ per invoice, one decimal; null without invoices' }) };

export const myDataSchema = z
  .strictObject({
    generatedAt: dateTime(),
    about: z.string(),
    account: z.strictObject({
      mobileBarcode: z.string(),
      email: z.string(),
      emailConfirmedAt: dateTime().nullable(),
      createdAt: dateTime(),
      lastSignInAt: dateTime().nullable(),
      deletionRequestedAt: dateTime().nullable(),
      deletionAfter: dateTime().nullable(),
      demoAccount: z.boolean(),
      passkeys: z.array(z.strictObject({ name: z.string(), deviceType: z.string(), createdAt: dateTime(), lastUsedAt: dateTime().nullable() })),
    }),
    carriers: z.array(z.strictObject({ typeCode: z.string(), number: z.string(), linkedAt: dateTime().nullable() })),
    invoices: z.array(
      z.strictObject({
        number: z.string(),
        issuedAt: dateTime(),
        amount: z.number().int(),
        seller: z.strictObject({ name: z.string(), ban: z.string() }),
        carrier: z.strictObject({ typeCode: z.string(), number: z.string() }),
        randomCode: z.string().nullable(),
        donated: z.boolean(),
        items: z.array(z.strictObject({ name: z.string(), nameEn: z.string(), amount: z.number() })),
      }),
    ),
    donations: z.array(
      z.strictObject({ periodKey: z.string(), invoiceNumber: z.string(), loveCode: z.string(), organisation: z.string(), amount: z.number().int(), donatedAt: dateTime() }),
    ),
    bankAccount: z.strictObject({ bankCode: z.string(), accountNumberMasked: z.string(), updatedAt: dateTime() }).nullable(),
    spending: z
      .strictObject({
        range: z.strictObject({ from: z.string(), to: z.string() }).meta({ description: 'Whole months, YYYY-MM, both included' }),
        total: z.strictObject(spendingLine),
        byMonth: z.array(z.strictObject({ ...spendingLine, month: z.string() })),
        byCategory: z.array(z.strictObject({ ...spendingLine, key: z.string(), name: z.string(), nameEn: z.string(), share: z.number() })),
      })
      .nullable(),
    accessLog: z.array(
      z.strictObject({
        id: z.number().int(),
        at: dateTime(),
        action: z.string().meta({ description: 'The audit action, e.g. auth.sign_in' }),
        actor: z.enum(['you', 'staff', 'system', 'unknown']),
        ip: z.string().nullable(),
        target: z.string().nullable(),
        reason: z.string().nullable().meta({ description: 'The reason a staff member gave for looking (a tax lookup)' }),
      }),
    ),
    taxBills: z.array(
      z.strictObject({
        id: z.string(),
        taxType: z.string(),
        direction: z.enum(['payable', 'refund']),
        taxYear: z.number().int(),
        office: z.string(),
        subject: z.string(),
        principal: z.number().int(),
        dueDate: z.string().meta({ description: 'YYYY-MM-DD' }),
        status: z.string(),
        amountDue: z.number().int().meta({ description: 'Principal and late fee if paid on the export day; 0 when paid or a refund' }),
        lateFee: z.strictObject({ surcharge: z.number().int(), interest: z.number().int(), total: z.number().int() }).nullable(),
        vehicle: z.strictObject({ kind: z.string(), cc: z.number().int() }).nullable(),
        events: z.array(z.strictObject({ kind: z.enum(['payment', 'refund']), at: dateTime(), amount: z.number().int(), channel: z.string(), reference: z.string() })),
      }),
    ),
    taxData: z.strictObject({
      income: z.array(z.strictObject({ incomeYear: z.number().int(), payerBan: z.string(), payerName: z.string(), code: z.string(), amount: z.number().int(), withheld: z.number().int() })),
      properties: z.array(
        z.strictObject({ kind: z.enum(['land', 'building', 'vehicle']), description: z.string(), descriptionEn: z.string(), measure: z.string(), value: z.number(), acquiredOn: z.string() }),
      ),
    }),
    payments: z.array(
      z.strictObject({
        id: z.string(),
        billId: z.string(),
        amount: z.number().int(),
        description: z.string(),
        status: z.string(),
        createdAt: dateTime(),
        expiresAt: dateTime(),
        settledAt: dateTime().nullable(),
        billSettled: z.boolean().nullable(),
        receipt: z.strictObject({ number: z.string(), issuedAt: dateTime() }).nullable(),
      }),
    ),
    forum: z.strictObject({
      threads: z.array(
        z.strictObject({
          id: z.number().int(),
          category: z.string(),
          kind: z.string(),
          title: z.string(),
          body: z.string(),
          status: z.string(),
          endorsements: z.number().int(),
          createdAt: dateTime(),
          editedAt: dateTime().nullable(),
          hiddenReason: z.string().nullable(),
        }),
      ),
      comments: z.array(
        z.strictObject({ id: z.number().int(), threadId: z.number().int(), parentId: z.number().int().nullable(), body: z.string(), createdAt: dateTime(), editedAt: dateTime().nullable(), hiddenReason: z.string().nullable() }),
      ),
      edits: z.array(z.strictObject({ threadId: z.number().int(), commentId: z.number().int().nullable(), title: z.string().nullable(), body: z.string(), writtenAt: dateTime(), replacedAt: dateTime() })),
      endorsements: z.array(z.strictObject({ threadId: z.number().int(), threadTitle: z.string(), createdAt: dateTime() })),
      follows: z.array(z.strictObject({ threadId: z.number().int(), threadTitle: z.string(), createdAt: dateTime() })),
      reports: z.array(z.strictObject({ threadId: z.number().int(), commentId: z.number().int().nullable(), reason: z.string(), createdAt: dateTime() })),
      notifications: z.array(z.strictObject({ threadId: z.number().int(), threadTitle: z.string(), kind: z.string(), createdAt: dateTime(), read: z.boolean() })),
      suspensions: z.array(z.strictObject({ until: dateTime(), reason: z.string(), createdAt: dateTime() })),
    }),
    developerApps: z.array(
      z.strictObject({
        appId: z.string(),
        name: z.string(),
        description: z.string(),
        contact: z.string(),
        createdAt: dateTime(),
        keyCreatedAt: dateTime(),
        revokedAt: dateTime().nullable(),
        demo: z.boolean(),
      }),
    ),
  })
  .meta({
    id: 'MyData',
    description:
      'Account, carriers, invoices, donations, bank account (masked), spending, access log, tax bills and their payments, income and property records, payment orders, forum activity and developer apps (never a key) (lib/my-data/dto.ts MyDataExport).',
  });

// The export is written by lib/my-data (its route sends it as a download): the compiler checks
// here that MyDataExport still fits the documented shape.
export const myDataFits = (data: MyDataExport): Documented<z.input<typeof myDataSchema>> => data;
