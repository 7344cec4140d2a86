/**
 * Taiwan's calendar and identifiers, shared by every feature: the ROC calendar, "today" in
 * Taipei, the government office calendar and the business-ID (統一編號) checksum. Import-free on
 * purpose (nothing from the app, no framework): the lottery, the statistics, the calculators and
 * the formatters all use these, in the browser, on the edge and in tests.
 */
export * from './civil-date';
export * from './roc';
export * from './today';
export * from './office-calendar';
export { isValidBan, banFromPrefix, type BanRule } from './ban';
