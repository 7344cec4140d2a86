// POST /api/v1/calculators/license-tax – vehicle licence tax for a tax year (使用牌照稅), with the steps.
import { calculatorEndpoint } from '@/lib/calculators/api';
import { calculateLicenseTax } from '@/lib/tax';

// Pure computation, no database: it can run at the edge, close to the citizen.
export const runtime = 'edge';

export const POST = calculatorEndpoint(calculateLicenseTax);
