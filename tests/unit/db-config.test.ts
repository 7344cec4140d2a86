import { describe, expect, it } from 'vitest';
import { DbConfigError, describeConnectionError, resolveDbConfig, type DbConfig } from '@/lib/db/config';

const PASSWORD = 'S3cr3t-P4ss';

/** Calls resolveDbConfig and returns the thrown DbConfigError (fails the test if none). */
function configError(url: string | undefined, dir?: string, driver?: string): DbConfigError {
  try {
    resolveDbConfig(url, dir, driver);
  } catch (error) {
    expect(error).toBeInstanceOf(DbConfigError);
    return error as DbConfigError;
  }
  throw new Error(`resolveDbConfig(${url}) did not throw`);
}

describe('resolveDbConfig', () => {
  it('uses the embedded PGlite in .data/pglite when DATABASE_URL is unset', () => {
    expect(resolveDbConfig(undefined)).toEqual({ driver: 'pglite', dataDir: '.data/pglite', label: 'PGlite (.data/pglite)' });
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(resolveDbConfig('')).toMatchObject({ driver: 'pglite', dataDir: '.data/pglite' });
  });

  it('honours a custom PGlite directory', () => {
    expect(resolveDbConfig(undefined, '/tmp/db')).toMatchObject({ driver: 'pglite', dataDir: '/tmp/db' });
  });

  it("keeps PGlite in memory for 'memory://'", () => {
    expect(resolveDbConfig(undefined, 'memory://')).toEqual({ driver: 'pglite', dataDir: null, label: 'PGlite (memory)' });
  });

  it('resolves postgres:// to pg with host, port and database', () => {
    const url = `postgres://app:${PASSWORD}@db.example.com:6543/taxcloud`;
    const config = resolveDbConfig(url);
    expect(config).toMatchObject({ driver: 'pg', url, host: 'db.example.com', port: 6543, database: 'taxcloud' });
    expect(config.label).toBe('pg (db.example.com:6543/taxcloud)');
    expect(config.label).not.toContain(PASSWORD);
  });

  it('resolves postgresql:// and defaults the port to 5432', () => {
    expect(resolveDbConfig('postgresql://app@localhost/tax')).toMatchObject({
      driver: 'pg',
      host: 'localhost',
      port: 5432,
      database: 'tax',
    });
  });

  it('decodes a percent-encoded database name', () => {
    expect(resolveDbConfig('postgres://localhost/tax%20cloud')).toMatchObject({ database: 'tax cloud' });
  });

  it('ignores the query string when reading the database name', () => {
    expect(resolveDbConfig('postgres://localhost/tax?sslmode=require')).toMatchObject({ database: 'tax' });
  });

  it.each(['ep-cool-1234.eu-central-1.aws.neon.tech', 'ep-x.neon.build', 'EP-X.AWS.NEON.TECH'])('uses neon for host %s', (host) => {
    const config = resolveDbConfig(`postgres://app:${PASSWORD}@${host}/neondb?sslmode=require`);
    expect(config).toMatchObject({ driver: 'neon', database: 'neondb', port: 5432 });
    expect(config.label).not.toContain(PASSWORD);
  });

  it('does not mistake a look-alike host for Neon', () => {
    expect(resolveDbConfig('postgres://neon.tech.example.com/db').driver).toBe('pg');
    expect(resolveDbConfig('postgres://myneon.technology/db').driver).toBe('pg');
  });

  it("DATABASE_DRIVER='neon' forces neon on any host", () => {
    expect(resolveDbConfig('postgres://localhost:5432/db', undefined, 'neon').driver).toBe('neon');
  });

  it("DATABASE_DRIVER='pg' forces pg on a Neon host", () => {
    expect(resolveDbConfig('postgres://ep-x.aws.neon.tech/db', undefined, 'pg').driver).toBe('pg');
  });

  it('rejects an unknown DATABASE_DRIVER, naming it', () => {
    const error = configError(`postgres://app:${PASSWORD}@localhost/db`, undefined, 'mysql');
    expect(error.message).toContain('DATABASE_DRIVER');
    expect(error.message).toContain('"mysql"');
    expect(error.message).not.toContain(PASSWORD);
  });

  it('rejects an invalid URL without echoing it', () => {
    const error = configError(`postgres://app:${PASSWORD}@db.example.com:port/db`);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toMatch(/not a valid URL/);
    expect(error.message).not.toContain(PASSWORD);
  });

  it.each([`mysql://app:${PASSWORD}@localhost/db`, `https://app:${PASSWORD}@localhost/db`])('rejects the wrong protocol: %s', (url) => {
    const error = configError(url);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toContain('postgres://');
    expect(error.message).not.toContain(PASSWORD);
  });

  it.each([`postgres://app:${PASSWORD}@db.example.com`, `postgres://app:${PASSWORD}@db.example.com/`, `postgres://app:${PASSWORD}@db.example.com:5432/?x=1`])(
    'rejects a URL with no database: %s',
    (url) => {
      const error = configError(url);
      expect(error.message).toContain('DATABASE_URL');
      expect(error.message).toContain('db.example.com');
      expect(error.message).toMatch(/no database/);
      expect(error.message).not.toContain(PASSWORD);
    },
  );

  it('rejects a URL that has no scheme at all', () => {
    const error = configError(`//app:${PASSWORD}@db.example.com/db`);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain(PASSWORD);
  });

  it('rejects a URL with no host', () => {
    const error = configError('postgres:///db');
    expect(error.message).toContain('DATABASE_URL');
  });
});

describe('describeConnectionError', () => {
  const url = `postgres://app:${PASSWORD}@db.example.com:6543/taxcloud?sslmode=require`;
  const config = resolveDbConfig(url);

  it('names DATABASE_URL, host and port', () => {
    const message = describeConnectionError(new Error('connect ECONNREFUSED'), config);
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('db.example.com:6543');
    expect(message).toContain('connect ECONNREFUSED');
  });

  it('never leaks the password when the error message contains the full URL', () => {
    const message = describeConnectionError(new Error(`could not connect to ${url}: timeout`), config);
    expect(message).not.toContain(PASSWORD);
    expect(message).toContain('[DATABASE_URL]');
  });

  it('masks credentials in any other URL-like text in the error', () => {
    const other = `postgres://app:${PASSWORD}@db.example.com:6543/taxcloud`;
    const message = describeConnectionError(new Error(`bad target ${other}`), config);
    expect(message).not.toContain(PASSWORD);
    expect(message).toContain('//***@');
  });

  // BUG (lib/db/config.ts, describeConnectionError): the mask /\/\/[^@\s]*@/ stops at the FIRST '@', so a
  // password containing a literal '@' (accepted by the URL parser and by pg: the last '@' ends the user
  // info) is partly echoed whenever the error quotes the URL in any form other than the exact DATABASE_URL
  // string (here: without its query string). Left failing on purpose.
  it("masks the whole password even when it contains a literal '@'", () => {
    const at = resolveDbConfig('postgres://app:hunter2@Sup3rS3cret@db.example.com/tax?sslmode=require');
    const message = describeConnectionError(new Error('failed postgres://app:hunter2@Sup3rS3cret@db.example.com/tax'), at);
    expect(message).not.toContain('Sup3rS3cret');
    expect(message).not.toContain('hunter2');
  });

  it('includes the error code and masks a URL in a non-Error value', () => {
    const error = Object.assign(new Error(`refused by ${url}`), { code: 'ECONNREFUSED' });
    const message = describeConnectionError(error, config);
    expect(message).toContain('ECONNREFUSED');
    expect(message).not.toContain(PASSWORD);
    expect(describeConnectionError(`string failure at ${url}`, config)).not.toContain(PASSWORD);
  });

  it('describes an embedded database failure with its directory', () => {
    const pglite: DbConfig = resolveDbConfig(undefined, '.data/pglite');
    expect(describeConnectionError(new Error('locked'), pglite)).toBe('The embedded database (.data/pglite) could not be opened: locked');
    expect(describeConnectionError(new Error('oom'), resolveDbConfig(undefined, 'memory://'))).toContain('(memory)');
  });
});
