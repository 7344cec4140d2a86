/**
 * What a payment slip (繳款書) carries, copied from the project's domain notes
 * (shared domain facts §5, "Tax payment slips and convenience-store barcodes", 2026-11-22) with
 * each fact's confidence, so the slip page can show where a format is not confirmed.
 *
 * Confidence: 'V2' verified in two or more sources, '1S' one source, 'U' our own choice or unverified.
 */
export type SlipFact = Readonly<{ id: string; confidence: 'V2' | '1S' | 'U'; source: string; note: string }>;

/** Stores accept a barcode bill of 8 to 20,000 NT$. */
export const STORE_LIMIT = 20_000;
export const STORE_MINIMUM = 8;

export const SLIP_FACTS: readonly SlipFact[] = [
  {
    id: 'three_segments',
    confidence: 'V2',
    source: 'Payment gateways ECPay, NewebPay and SmilePay return a convenience-store bill as Barcode_1/2/3 (domain §5).',
    note: 'Convenience-store bills carry three Code 39 barcodes.',
  },
  {
    id: 'segment_layout',
    confidence: '1S',
    source: 'A public Java generator for a convenience-store bill (domain §5; repository name not recorded).',
    note: 'Segment 1 (9): ROC deadline YYMMDD + 3-character collection agent code. Segment 2 (16): bill number. Segment 3 (15): due MMDD + 2 check characters + amount in 9 digits.',
  },
  {
    id: 'check_characters',
    confidence: '1S',
    source: 'The same generator (domain §5).',
    note: 'Letters become digits (A–I → 1–9, J–R → 1–9, S–Z → 2–9). First check character: the sum of the characters in odd positions of all three segments, mod 11 (0 → A, 10 → B); second: the even positions (0 → X, 10 → Y).',
  },
  {
    id: 'store_limit',
    confidence: '1S',
    source: 'SmilePay documentation excerpt (domain §5).',
    note: 'Stores accept 8 to 20,000 NT$ per barcode bill; above that the slip is paid at a bank, by transfer or online.',
  },
  {
    id: 'bill_number',
    confidence: 'U',
    source: 'Our choice: the domain notes say "00 + 7-digit payee account + 6-digit serial + a bank check digit (weighted, 10’s complement)" without the weights.',
    note: 'We weight the 15 digits 3, 7, 1 repeating from the left and take the 10’s complement of the sum’s last digit. The payee account and the agent code are made up for this demo.',
  },
  {
    id: 'national_tax_slips',
    confidence: '1S',
    source: 'A port of the tax bureau’s pbc-1.0.jar BarcodeFactory.get355Barcode (domain §5).',
    note: 'Real national-tax slips (e.g. form 355) use their own 9/19/15 layout and a mod-36 check character; this demo prints the generic store layout for every bill.',
  },
  {
    id: 'virtual_account',
    confidence: 'U',
    source: 'Not in the domain notes: no source for the tax offices’ transfer-account (虛擬帳號) format was found.',
    note: 'Our virtual account is the payee bank’s code and the 16-digit bill number; transfer to it pays this bill only.',
  },
  {
    id: 'payment_qr',
    confidence: 'U',
    source: 'Not documented in any source reached (domain §5: “Mobile-payment QR on tax slips: no documented format”).',
    note: 'The QR code holds this site’s address for paying the bill, not a bank’s mobile-payment format.',
  },
];

/** Synthetic identifiers of this demo's collection (made up; a real office has its own). */
export const SLIP_AGENT_CODE = 'TC1';
export const SLIP_PAYEE_ACCOUNT = '5500123';
/** The bank a transfer to the virtual account goes to (a synthetic demo bank code). */
export const SLIP_BANK = { code: '999', name: '稅務雲示範銀行（合成）', nameEn: 'Tax Cloud demo bank (synthetic)' } as const;
