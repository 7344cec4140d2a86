// Any /api path no route claims: a JSON 404 rather than an HTML page.
import { ApiError, errorResponse } from '@/lib/api/errors';

const notFound = () => errorResponse(new ApiError('not_found', 'There is no API at this address. See /developers.'));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
