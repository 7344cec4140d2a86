/** The JSON shape of a carrier in the personal API (dates as ISO strings). */
import type { CarrierDto } from './store';

export function carrierJson(c: CarrierDto) {
  return { id: c.id, typeCode: c.typeCode, type: c.typeKey, number: c.number, mobileBarcode: c.isMobileBarcode, linkedAt: c.linkedAt?.toISOString() ?? null };
}
