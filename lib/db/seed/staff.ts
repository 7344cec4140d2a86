import type { StaffRole } from '../schema';

/**
 * Demo staff accounts, listed in README. Their passwords are public on purpose: this data
 * is for a demo or a local machine only and is never seeded when SEED_DEMO_DATA=false.
 */
export const DEMO_STAFF: ReadonlyArray<{ email: string; name: string; roles: StaffRole[]; password: string }> = [
  { email: 'admin@taxcloud.example', name: '示範系統管理員 Demo admin', roles: ['admin'], password: 'TaxCloud-admin-2026' },
  { email: 'official@taxcloud.example', name: '示範財政部承辦人 Demo official', roles: ['official'], password: 'TaxCloud-official-2026' },
  { email: 'moderator@taxcloud.example', name: '示範論壇管理員 Demo moderator', roles: ['moderator'], password: 'TaxCloud-moderator-2026' },
];
