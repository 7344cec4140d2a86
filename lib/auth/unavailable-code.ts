/** The `code` Auth.js puts in the sign-in URL when sign-in failed because the database is down. */
export const SIGN_IN_UNAVAILABLE_CODE = 'unavailable';
