/**
 * A text made once per key and then reused: for long tables whose cells repeat the same few
 * worded values (one draw per period, a handful of carriers and dates), each of which costs an
 * ICU message or an Intl format to make. The key must name everything the text depends on.
 * Create one per request (it keeps every key it has seen). Pure.
 */
export function textOnce<A>(make: (arg: A) => string): (key: string, arg: A) => string {
  const seen = new Map<string, string>();
  return (key, arg) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = make(arg)));
    return value;
  };
}
