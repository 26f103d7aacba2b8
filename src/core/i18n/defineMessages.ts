import type { Locale } from '../locale.js';

/** A message table: the same keys in both languages, checked by the compiler. */
export type MessageTable<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/** Message lookup with `{name}` placeholders. */
export type Translate<K extends string> = (
  locale: Locale,
  key: K,
  params?: Readonly<Record<string, string | number>>,
) => string;

/**
 * Turns a message table into a lookup function. Each feature keeps its own table next to its code;
 * the `Record<Locale, Record<K, string>>` type makes a key missing in one language a compile error.
 */
export function defineMessages<K extends string>(table: MessageTable<K>): Translate<K> {
  return (locale, key, params) => {
    const template = table[locale][key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}
