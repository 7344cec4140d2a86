/**
 * Demo citizen accounts, listed in README (CONTRACT.md fixes them: other features' seeders find
 * them by users.mobile_barcode). Their codes are public on purpose: this data is for a demo or
 * a local machine only and is never seeded when SEED_DEMO_DATA=false.
 */
export const DEMO_CITIZENS: ReadonlyArray<{ barcode: string; code: string; email: string }> = [
  { barcode: '/TAXC001', code: 'Demo-citizen-1!', email: 'citizen1@taxcloud.example' },
  { barcode: '/TAXC002', code: 'Demo-citizen-2!', email: 'citizen2@taxcloud.example' },
  { barcode: '/TAXC003', code: 'Demo-citizen-3!', email: 'citizen3@taxcloud.example' },
];

/** A fixed confirmation time, so the seed writes the same rows on every run. */
export const DEMO_CONFIRMED_AT = '2026-01-01T00:00:00Z';
