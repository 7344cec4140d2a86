import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ZXING_WASM_SHA256, ZXING_WASM_VERSION } from 'zxing-wasm/reader';
import { zxingWasmPath } from '@/components/lottery/qr-decode';

// The QR reader's WebAssembly is served from public/ (no CDN under our CSP). After upgrading
// zxing-wasm, copy node_modules/zxing-wasm/dist/reader/zxing_reader.wasm to the path below.
describe('QR decoder WebAssembly', () => {
  const file = fileURLToPath(new URL(`../../public${zxingWasmPath(ZXING_WASM_VERSION)}`, import.meta.url));

  it('is served for the installed zxing-wasm version, byte for byte', () => {
    expect(existsSync(file), `missing ${file}: copy it from node_modules/zxing-wasm/dist/reader/zxing_reader.wasm`).toBe(true);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(ZXING_WASM_SHA256);
  });
});
