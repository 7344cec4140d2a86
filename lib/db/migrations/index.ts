/**
 * Every migration, imported statically so that the same set runs from `npm run db:migrate`,
 * from the server on first start (embedded database) and from the tests, on all three drivers.
 * Names sort in the order they run; add new ones at the end.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-lottery-periods';
import * as m0003 from './0003-statistics';
import * as m0004 from './0004-attempt-counters';
import * as m0005 from './0005-session-version';
import * as m0006 from './0006-citizen-accounts';
import * as m0007 from './0007-einvoice-world';
import * as m0008 from './0008-carrier-services';
import * as m0009 from './0009-account-deletion';
import * as m0010 from './0010-registered-carriers';
import * as m0011 from './0011-webauthn-challenges';
import * as m0012 from './0012-tax-bills';
import * as m0013 from './0013-payments';
import * as m0014 from './0014-forum';
import * as m0015 from './0015-developer-apps';
import * as m0017 from './0017-tax-reminders';
import * as m0022 from './0022-payment-bill-fk';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-lottery-periods': m0002,
  '0003-statistics': m0003,
  '0004-attempt-counters': m0004,
  '0005-session-version': m0005,
  '0006-citizen-accounts': m0006,
  '0007-einvoice-world': m0007,
  '0008-carrier-services': m0008,
  '0009-account-deletion': m0009,
  '0010-registered-carriers': m0010,
  '0011-webauthn-challenges': m0011,
  '0012-tax-bills': m0012,
  '0013-payments': m0013,
  '0014-forum': m0014,
  '0015-developer-apps': m0015,
  '0017-tax-reminders': m0017,
  '0022-payment-bill-fk': m0022,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1)!;
