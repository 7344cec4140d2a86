/**
 * How this project starts Debian's Chromium, for Playwright and Lighthouse alike. Without the
 * background-networking flags Chromium keeps dialling Google's hosts, which these machines'
 * closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // runs as root in containers, where the sandbox cannot start
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
