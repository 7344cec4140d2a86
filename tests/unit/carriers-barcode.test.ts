import { describe, expect, it } from 'vitest';
import { mobileBarcodeSvg } from '@/lib/carriers/barcode';

describe('mobileBarcodeSvg', () => {
  it('renders Code 39 of the barcode as a black-on-white SVG, the same every time', () => {
    const svg = mobileBarcodeSvg('/TAXC001');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('#FFFFFF');
    expect(svg).toContain('#000000');
    expect(svg).not.toMatch(/<script|on\w+=/i);
    expect(mobileBarcodeSvg('/TAXC001')).toBe(svg);
    expect(mobileBarcodeSvg('/TAXC002')).not.toBe(svg);
  });

  it('renders every character a mobile barcode can have (Code 39 has . + - /)', () => {
    expect(() => mobileBarcodeSvg('/A.+-9Z0')).not.toThrow();
  });

  it('refuses anything that is not a mobile barcode', () => {
    expect(() => mobileBarcodeSvg('<svg/>')).toThrow();
    expect(() => mobileBarcodeSvg('/abc')).toThrow();
  });
});
