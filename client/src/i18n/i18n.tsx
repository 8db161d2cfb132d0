import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { messagesDe } from './messages.de';
import type { MessageKey, Messages } from './messages.de';
import { messagesEn } from './messages.en';
import { formatRate } from './format-rate';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Params = Record<string, string | number>;

export type I18n = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Params) => string;
  /** Picks `<base>.one` or `<base>.other` by count (both keys must exist). */
  tCount: (base: PluralBase, count: number, params?: Params) => string;
  formatNumber: (value: number) => string;
  /** A rate 0–1 as a percentage ("83,3 %"); null → "–". */
  formatPercent: (value: number | null | undefined) => string;
  /** A day: `YYYY-MM-DD` strings are calendar days (no time-zone shift). */
  formatDate: (value: Date | string) => string;
  formatDateTime: (value: Date | string) => string;
  /** A month `YYYY-MM` as "März 2026". */
  formatMonth: (month: string) => string;
};

export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}.one`
    ? `${B}.other` extends MessageKey
      ? B
      : never
    : never;
}[MessageKey];

const catalogues: Record<Locale, Messages> = { de: messagesDe, en: messagesEn };
const intlLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const STORAGE_KEY = 'mehrheitsplaner.locale';

function initialLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
}

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function interpolate(
  template: string,
  params: Params | undefined,
  formatNumber: (value: number) => string,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** `YYYY-MM-DD` is a calendar day in local time; anything else is parsed as an instant. */
export function toDate(value: Date | string): Date {
  if (typeof value !== 'string') return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

function createI18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  const messages = catalogues[locale];
  const numberFormat = new Intl.NumberFormat(intlLocales[locale]);
  const dateFormat = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocales[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const monthFormat = new Intl.DateTimeFormat(intlLocales[locale], {
    month: 'short',
    year: 'numeric',
  });
  const formatNumber = (value: number) => numberFormat.format(value);
  const t = (key: MessageKey, params?: Params) => interpolate(messages[key], params, formatNumber);
  return {
    locale,
    setLocale,
    t,
    tCount: (base, count, params) =>
      t(`${base}.${Math.abs(count) === 1 ? 'one' : 'other'}` as MessageKey, { count, ...params }),
    formatNumber,
    formatPercent: (value) => formatRate(value, intlLocales[locale]),
    formatDate: (value) => dateFormat.format(toDate(value)),
    formatDateTime: (value) => dateTimeFormat.format(toDate(value)),
    formatMonth: (month) => monthFormat.format(toDate(`${month}-01`)),
  };
}

const I18nContext = createContext<I18n>(createI18n('de', () => undefined));

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => createI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): I18n {
  return useContext(I18nContext);
}
