import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '@/lib/i18n/message-format';

type Tree = { [key: string]: string | Tree };

const load = (locale: string): Tree => JSON.parse(readFileSync(fileURLToPath(new URL(`../../content/messages/${locale}.json`, import.meta.url)), 'utf8')) as Tree;

function leaves(node: Tree, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/** Every argument of a message: names used with `number` or `plural` get numbers, the rest text. */
function valuesFor(message: string, n: number): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [, name, kind] of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
    if (values[name!] === undefined || kind) values[name!] = kind === 'number' || kind === 'plural' ? n : `‹${name}›`;
  }
  return values;
}

describe('formatMessage', () => {
  // The checker on /lottery/check formats its sentences with this instead of next-intl's client:
  // every Check message must come out exactly as next-intl writes it, in both languages.
  // The statistics islands (Stats.island) and the calculator forms (Calculators) do the same
  // through components/i18n/client-strings.tsx; the server pages rendered per request use it for
  // the few sentences with values (components/layout/site-footer.tsx, components/forum/thread-list-view.tsx).
  const namespaces = [
    ['Check', 50],
    ['Stats.island', 30],
    ['Calculators', 100],
    // The site footer's version line (issue 14: pages rendered per request).
    ['Footer', 5],
  ] as const;
  for (const locale of ['zh-Hant-TW', 'en'] as const) for (const [namespace, atLeast] of namespaces) {
    it(`writes every ${namespace} message as next-intl does (${locale})`, () => {
      const messages = load(locale);
      const t = createTranslator({ locale, messages, namespace: namespace as 'Check' });
      const tree = namespace.split('.').reduce<Tree>((node, part) => node[part] as Tree, messages);
      const entries = leaves(tree);
      expect(entries.length).toBeGreaterThan(atLeast);
      for (const [key, message] of entries) {
        for (const n of [0, 1, 2, 12_345]) {
          const values = valuesFor(message, n);
          expect(formatMessage(message, values, locale), `${key} with ${n}`).toBe((t as unknown as (k: string, v: object) => string)(key, values));
        }
      }
    });
  }

  it('selects =N before the plural category and fills # with the number', () => {
    const message = '{n, plural, =0 {none} one {# item} other {# items}}';
    expect([0, 1, 2, 1000].map((n) => formatMessage(message, { n }, 'en'))).toEqual(['none', '1 item', '2 items', '1,000 items']);
  });

  it('keeps a doubled apostrophe as one and refuses a missing value', () => {
    expect(formatMessage("It''s {x}", { x: 'ok' })).toBe("It's ok");
    expect(() => formatMessage('{x}', {})).toThrow(/Missing value/);
  });
});
