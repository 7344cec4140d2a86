/**
 * A hint for static pages that someone may be signed in as a citizen, so the header can say
 * 「我的帳戶」 instead of 「登入」 without the server reading the session (public pages are
 * static files). It holds no identity and grants nothing: /me checks the real session and
 * sends a stale hint to the sign-in page. Readable by scripts on purpose.
 */
export const CITIZEN_HINT_COOKIE = 'tc_citizen';
/** As long as a citizen session can last (lib/auth/base-config.ts). */
export const CITIZEN_HINT_MAX_AGE = 8 * 60 * 60;

export function hasCitizenHint(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => part.trim() === `${CITIZEN_HINT_COOKIE}=1`);
}

/**
 * The same kind of hint for staff (set at staff sign-in, cleared at sign-out), so a signed-in
 * official's header says 「職員專區」 instead of 「登入」 on every page, static ones included.
 * It grants nothing: /admin checks the real staff session.
 */
export const STAFF_HINT_COOKIE = 'tc_staff';
/** As long as a staff session can last (lib/auth/base-config.ts). */
export const STAFF_HINT_MAX_AGE = 12 * 60 * 60;

export function hasStaffHint(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => part.trim() === `${STAFF_HINT_COOKIE}=1`);
}
