/**
 * Thrown when a calculator is handed input its schema would reject. Calculators parse their
 * input with the shared schemas, so in practice callers see a ZodError; this covers the checks
 * that only the computation itself can make.
 */
import type { TaxMessageCode } from './messages';

export class TaxInputError extends Error {
  constructor(
    readonly code: TaxMessageCode,
    readonly path: readonly string[] = [],
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(code);
    this.name = 'TaxInputError';
  }
}
