/**
 * `COPY … FROM STDIN` on a `pg` client without pg-copy-streams: a query object that answers the
 * server's CopyInResponse by sending the given buffers, then CopyDone. `pg` calls
 * `handleCopyInResponse(connection)` on the active query; its own Query answers with CopyFail.
 *
 * Server-side only (Node), with no Next imports so that scripts can use it.
 */
import type { Client, PoolClient } from 'pg';

type PgConnection = { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void };

/** Runs one COPY statement, sending `data` as the rows. Resolves with the number of rows copied. */
export async function copyFrom(client: Client | PoolClient, statement: string, data: readonly Buffer[]): Promise<number> {
  const pg = (await import('pg')).default;
  return new Promise<number>((resolve, reject) => {
    const query = new pg.Query(statement, undefined, (err: Error | undefined, result: { rowCount: number | null }) =>
      err ? reject(err) : resolve(result.rowCount ?? 0),
    );
    (query as unknown as { handleCopyInResponse(connection: PgConnection): void }).handleCopyInResponse = (connection) => {
      for (const chunk of data) connection.sendCopyFromChunk(chunk);
      connection.endCopyFrom();
    };
    client.query(query);
  });
}
