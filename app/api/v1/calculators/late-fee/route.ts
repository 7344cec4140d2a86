// POST /api/v1/calculators/late-fee – surcharge and interest on a tax paid late (稅捐稽徵法 §20), with the steps.
import { calculatorEndpoint } from '@/lib/calculators/api';
import { calculateLateFee } from '@/lib/tax';

// Pure computation, no database: it can run at the edge, close to the citizen.
export const runtime = 'edge';

export const POST = calculatorEndpoint(calculateLateFee);
