// Baseline for the bulk check benchmark: a bare node:http server doing what the API does
// (parse JSON, check every number with the same library) and nothing else.
import { createServer } from 'node:http';
import { checkNumbers } from '../../../lib/lottery/check-service.js';
import { pageKey, periodOrThrow } from '../../../lib/lottery/period.js';
import { sourcedPeriods } from '../../../lib/lottery/records.js';

const periods = new Map(sourcedPeriods().map((r) => [r.key, r]));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { period: string; numbers: string[] };
    const record = periods.get(pageKey(periodOrThrow(body.period)));
    const payload = JSON.stringify({ results: record ? checkNumbers(record, body.numbers) : [] });
    res.writeHead(record ? 200 : 404, { 'content-type': 'application/json' });
    res.end(payload);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(typeof address === 'object' && address ? address.port : 0);
});
process.on('SIGTERM', () => process.exit(0));
