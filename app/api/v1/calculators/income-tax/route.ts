// POST /api/v1/calculators/income-tax – individual income tax for an income year (綜合所得稅), with the steps.
import { calculatorEndpoint } from '@/lib/calculators/api';
import { calculateIncomeTax } from '@/lib/tax';

// Pure computation, no database: it can run at the edge, close to the citizen.
export const runtime = 'edge';

export const POST = calculatorEndpoint(calculateIncomeTax);
