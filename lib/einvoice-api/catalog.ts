/**
 * The actions this portal answers under /PB2CAPIVAN, with the paths and current versions of the
 * Ministry's spec (data/domain/data/einvoice-api.json). Pure data: the dispatcher runs them, the
 * /developers page lists them.
 */
export const BASE_PATH = '/PB2CAPIVAN';
export const OFFICIAL_BASE_URL = 'https://api.einvoice.nat.gov.tw';

export const API_ACTIONS = [
  { action: 'QryWinningList', path: 'invapp/InvApp', version: '0.2', signed: false, timed: false },
  { action: 'qryInvHeader', path: 'invapp/InvApp', version: '0.5', signed: false, timed: false },
  { action: 'qryInvDetail', path: 'invapp/InvApp', version: '0.6', signed: false, timed: false },
  { action: 'qryLoveCode', path: 'loveCodeapp/qryLoveCode', version: '0.2', signed: false, timed: false },
  { action: 'carrierInvChk', path: 'invServ/InvServ', version: '0.6', signed: false, timed: true },
  { action: 'carrierInvDetail', path: 'invServ/InvServ', version: '0.5', signed: false, timed: true },
  { action: 'carrierInvDnt', path: 'CarInv/Donate', version: '0.1', signed: true, timed: true },
  { action: 'qryCarrierAgg', path: 'Carrier/Aggregate', version: '1.0', signed: true, timed: true },
] as const;

export type ApiActionName = (typeof API_ACTIONS)[number]['action'];
