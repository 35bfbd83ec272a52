/**
 * Languages the SDK speaks. Every label, description and message ships in each of them.
 */
export const LOCALES = ['en', 'fr'] as const;

/** A language the SDK has text for: `'en'` (English) or `'fr'` (French). */
export type Locale = (typeof LOCALES)[number];

/** A piece of user-facing text in every supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Picks the closest supported language for a language tag such as `fr-CA` or `en-GB`.
 * Anything we do not speak falls back to English.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/** Returns the text in the wanted language (English when the language is unknown). */
export function localize(text: LocalizedText, locale: Locale | string = 'en'): string {
  return text[resolveLocale(locale)];
}

/** Builds localized text; kept as a function so call sites read as `t('…', '…')`. */
export function t(en: string, fr: string): LocalizedText {
  return Object.freeze({ en, fr });
}

/** Fills `{name}` placeholders in a message with values (as plain text). */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

/** Fills placeholders in both languages at once. */
export function formatText(
  text: LocalizedText,
  values: Readonly<Record<string, string | number>>,
): LocalizedText {
  return t(format(text.en, values), format(text.fr, values));
}

/** Text with a singular and a plural form, e.g. "1 vote" and "2 votes". */
export interface PluralText {
  /** The singular form. */
  readonly one: LocalizedText;
  /** The plural form. */
  readonly other: LocalizedText;
}

/**
 * Picks the singular or plural form for `count` by each language's own rule (French treats
 * 0 and 1 as singular, English only 1) and fills `{count}` and any other placeholders.
 */
export function plural(
  text: PluralText,
  count: number,
  locale: Locale,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? text.one : text.other;
  return format(form[locale], { ...values, count });
}

/**
 * Orders text by UTF-16 code unit, the same on every machine (no locale rules), for stable
 * sorting of ids and `YYYY-MM-DD` days: negative when `a` comes first, positive when `b`
 * does, 0 when they are equal.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
