import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARCODE_ALPHABET, generateBarcode, isMobileBarcode, normalizeBarcode } from '@/lib/citizens/barcode';
import { characterClasses, codeProblem } from '@/lib/citizens/verification-code';

describe('mobile barcode', () => {
  it('is "/" and 7 characters of 0-9 A-Z . + -', () => {
    for (const ok of ['/TAXC001', '/ABC+1.-', '/0000000', '/.......']) expect(isMobileBarcode(ok), ok).toBe(true);
    for (const bad of ['TAXC001', '/TAXC00', '/TAXC0011', '/taxc001', '/TAX C01', '/TAXC00*', '\\TAXC001', '/TAXC00１']) expect(isMobileBarcode(bad), bad).toBe(false);
  });

  it('normalizes what people type: spaces dropped, letters upper-cased', () => {
    expect(normalizeBarcode(' /taxc 001 ')).toBe('/TAXC001');
  });

  it('generates only valid barcodes, from any byte stream', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }), (bytes) => {
        // Cycle the bytes, with a valid one in the mix so rejection sampling always ends.
        const stream = [...bytes, 0];
        let i = 0;
        const barcode = generateBarcode(() => stream[i++ % stream.length]!);
        expect(isMobileBarcode(barcode)).toBe(true);
      }),
    );
  });

  it('skips bytes that would bias the alphabet (rejection sampling)', () => {
    const bytes = [255, 254, 0, 1, 2, 3, 4, 5, 38];
    let i = 0;
    expect(generateBarcode(() => bytes[i++]!)).toBe(`/012345${BARCODE_ALPHABET[38]}`);
  });
});

describe('verification code', () => {
  it('needs 8 to 16 characters', () => {
    expect(codeProblem('Ab1!')).toBe('codeLength');
    expect(codeProblem('Ab1!Ab1!')).toBeNull();
    expect(codeProblem('Ab1!Ab1!Ab1!Ab1!')).toBeNull();
    expect(codeProblem('Ab1!Ab1!Ab1!Ab1!x')).toBe('codeLength');
  });

  it('needs at least 3 of upper, lower, digit and symbol', () => {
    expect(characterClasses('Demo-citizen-1!')).toBe(4);
    expect(codeProblem('abcdefgh1')).toBe('codeClasses');
    expect(codeProblem('ABCDEFGH!')).toBe('codeClasses');
    expect(codeProblem('abcdEFGH')).toBe('codeClasses');
    expect(codeProblem('abcdEFG1')).toBeNull();
    expect(codeProblem('abcd123!')).toBeNull();
    expect(codeProblem('ABCD123!')).toBeNull();
  });

  it('refuses spaces and characters off the keyboard', () => {
    expect(codeProblem('Abc 123!x')).toBe('codeCharacters');
    expect(codeProblem('Abc123!驗證')).toBe('codeCharacters');
  });
});
