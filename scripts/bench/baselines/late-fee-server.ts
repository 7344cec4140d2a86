// Baseline for the late-fee API benchmark: a bare node:http server doing what the API does
// (parse the JSON body, run the same calculateLateFee, answer JSON; a refusal is a 400 with the
// same field messages) and nothing else: no framework, no edge sandbox, no security headers.
import { createServer } from 'node:http';
import { ZodError } from 'zod';
import { calculateLateFee, taxFieldErrors, type LateFeeInput } from '../../../lib/tax/index.js';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let status = 200;
    let payload: string;
    try {
      payload = JSON.stringify(calculateLateFee(JSON.parse(Buffer.concat(chunks).toString('utf8')) as LateFeeInput));
    } catch (error) {
      status = 400;
      const fields = error instanceof ZodError ? taxFieldErrors(error, 'en') : undefined;
      payload = JSON.stringify({ error: { code: 'bad_request', message: 'The request has invalid fields.', fields } });
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(payload);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(typeof address === 'object' && address ? address.port : 0);
});
process.on('SIGTERM', () => process.exit(0));
