/**
 * The languages of the site: for each, the facts about it that are not words (its name in
 * itself, the BCP 47 tag of the variety it is written in, its og:locale, its date-fns locale for
 * month and weekday names, its text direction) and its strings file. Adding a language is one strings file beside en.ts and one entry here;
 * astro.config.mjs, the routes, the sitemap and the tests all read this list.
 */
import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { es as esDates } from "date-fns/locale/es";
import { ptBR as ptDates } from "date-fns/locale/pt-BR";
import { fr as frDates } from "date-fns/locale/fr";
import { de as deDates } from "date-fns/locale/de";
import { it as itDates } from "date-fns/locale/it";
import { he as heDates } from "date-fns/locale/he";
import { zhTW as zhHantDates } from "date-fns/locale/zh-TW";
import en, { type SiteStrings } from "./en";
import es from "./es";
import pt from "./pt";
import fr from "./fr";
import de from "./de";
import it from "./it";
import he from "./he";
import zhHant from "./zh-hant";

interface LanguageInfo {
  /** The language's name in itself, for the language switcher. */
  name: string;
  /** What the switcher shows on a phone, where eight names do not fit one line. */
  short: string;
  /**
   * The BCP 47 tag of the variety the strings are written in, where it says more than the code:
   * `<html lang>`, the switcher's `lang`, `Intl` (plural rules, lists) and the date words.
   * The route and the `hreflang` alternates keep the code: `/pt/` is written in Brazilian
   * Portuguese (`pt-BR`) but is the page for every reader of Portuguese, Portugal's included.
   */
  tag: string;
  /** For og:locale: language_TERRITORY. */
  ogLocale: string;
  /** Month and weekday names. */
  dateLocale: Locale;
  /** The text direction: `<html dir>`, and which side the preview cards start from. */
  dir: "ltr" | "rtl";
  /** How the script joins sentences and notes: Chinese puts no space between them. */
  punctuation: Punctuation;
  strings: SiteStrings;
}

interface Punctuation {
  /** Between two sentences, or a sentence and a link after it. */
  sentenceGap: string;
  /** Between the parts of a source's description: "Title, Publisher". */
  listComma: string;
  /** A note after a name or a title: " (blog post)". */
  aside: string;
}

/** Latin and Hebrew script: spaces between sentences, brackets after a space. */
const SPACED: Punctuation = { sentenceGap: " ", listComma: ", ", aside: " ({text})" };
/** Chinese: full-width comma and brackets, no spaces. */
const FULL_WIDTH: Punctuation = { sentenceGap: "", listComma: "，", aside: "（{text}）" };

export const LANGUAGES = {
  en: {
    name: "English",
    short: "EN",
    tag: "en",
    ogLocale: "en_GB",
    dateLocale: enGB,
    dir: "ltr",
    punctuation: SPACED,
    strings: en,
  },
  es: {
    name: "Español",
    short: "ES",
    tag: "es",
    ogLocale: "es_ES",
    dateLocale: esDates,
    dir: "ltr",
    punctuation: SPACED,
    strings: es,
  },
  pt: {
    name: "Português",
    short: "PT",
    tag: "pt-BR",
    ogLocale: "pt_BR",
    dateLocale: ptDates,
    dir: "ltr",
    punctuation: SPACED,
    strings: pt,
  },
  fr: {
    name: "Français",
    short: "FR",
    tag: "fr",
    ogLocale: "fr_FR",
    dateLocale: frDates,
    dir: "ltr",
    punctuation: SPACED,
    strings: fr,
  },
  de: {
    name: "Deutsch",
    short: "DE",
    tag: "de",
    ogLocale: "de_DE",
    dateLocale: deDates,
    dir: "ltr",
    punctuation: SPACED,
    strings: de,
  },
  it: {
    name: "Italiano",
    short: "IT",
    tag: "it",
    ogLocale: "it_IT",
    dateLocale: itDates,
    dir: "ltr",
    punctuation: SPACED,
    strings: it,
  },
  he: {
    name: "עברית",
    short: "עב",
    tag: "he",
    ogLocale: "he_IL",
    dateLocale: heDates,
    dir: "rtl",
    punctuation: SPACED,
    strings: he,
  },
  // Traditional Chinese as Taiwan writes it: the route keeps the script (/zh-hant/), as readers
  // in Hong Kong and Macau read the same characters.
  "zh-hant": {
    name: "繁體中文",
    short: "中文",
    tag: "zh-Hant",
    ogLocale: "zh_TW",
    dateLocale: zhHantDates,
    dir: "ltr",
    punctuation: FULL_WIDTH,
    strings: zhHant,
  },
} satisfies Record<string, LanguageInfo>;

export type Language = keyof typeof LANGUAGES;

/** English is served at the site's root; every other language under /<code>/. */
export const DEFAULT_LANGUAGE = "en" satisfies Language;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

export type { SiteStrings };

function isLanguage(value: string): value is Language {
  return Object.hasOwn(LANGUAGES, value);
}

/**
 * The language code of a page, from Astro's `currentLocale`.
 *
 * @example parseLanguage("de") // "de"
 */
export function parseLanguage(value: string | undefined): Language {
  if (value === undefined || !isLanguage(value)) {
    throw new RangeError(
      `Unknown language ${JSON.stringify(value)}: expected one of ${LANGUAGE_CODES.join(", ")}.`,
    );
  }
  return value;
}

/**
 * The BCP 47 tag a language's pages are written in, for `lang` attributes and `Intl`.
 *
 * @example languageTag("pt") // "pt-BR"
 */
export function languageTag(language: Language): string {
  return LANGUAGES[language].tag;
}

/**
 * A language's code as `hreflang` writes it: its BCP 47 canonical case, without the variety
 * of its tag (see `tag`).
 *
 * @example hreflangOf("zh-hant") // "zh-Hant"
 * @example hreflangOf("pt") // "pt"
 */
export function hreflangOf(language: Language): string {
  return Intl.getCanonicalLocales(language)[0]!;
}

/** The strings of one language. */
export function stringsOf(language: Language): SiteStrings {
  return LANGUAGES[language].strings;
}

/**
 * A route of the site in one language, relative to the base: English at the root, the others
 * under their code.
 *
 * @example localizedPath("de", "/2027/") // "/de/2027/"
 * @example localizedPath("en", "/2027/") // "/2027/"
 */
export function localizedPath(language: Language, path: string): string {
  if (!path.startsWith("/")) {
    throw new RangeError(`Invalid path ${JSON.stringify(path)}: expected one starting with "/".`);
  }
  return language === DEFAULT_LANGUAGE ? path : `/${language}${path}`;
}

/**
 * The `[...lang]` route parameter of a language: undefined for English, so it stays at the root.
 *
 * @example langParam("de") // "de"
 */
export function langParam(language: Language): Language | undefined {
  return language === DEFAULT_LANGUAGE ? undefined : language;
}

/**
 * The `[...lang]` route parameters of every language, for a page's getStaticPaths.
 *
 * @example languageParams() // [{ lang: undefined }, { lang: "es" }, ...]
 */
export function languageParams(): { lang: Language | undefined }[] {
  return LANGUAGE_CODES.map((language) => ({ lang: langParam(language) }));
}
