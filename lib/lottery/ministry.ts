/**
 * The Ministry of Finance's e-invoice page where each period's winning numbers are announced
 * (the announcement the sources in data/domain/data/winning-numbers.json cite). Citizens are
 * sent there for the authoritative numbers, and while a drawn period's numbers are not here.
 */
export const MINISTRY_NUMBERS_URL = 'https://invoice.etax.nat.gov.tw/';
