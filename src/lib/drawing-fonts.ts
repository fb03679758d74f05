/**
 * The fonts each language's toolkit images and posters are drawn with: the one place a new
 * language's script gets its fonts. Satori (images) takes every font of the list and falls back
 * from one to the next per character; the poster writer (poster.ts) sets each block of text in
 * the first font of the list that has all of its characters. Both fail, naming the characters,
 * when no font has them, rather than drawing empty boxes.
 *
 * Hebrew or Chinese: add the language's entry with a font that has its script first and Inter
 * after it, for the Latin hashtag and addresses (for example the WOFF files of
 * `@fontsource/noto-sans-hebrew` or `@fontsource/noto-sans-tc`, which hold the subsets that the
 * language needs), and the `dir` of languages.ts does the rest.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Language } from "../i18n/languages";
import type { FontWeight, LoadedFont } from "./language-fonts";

interface FontFile {
  /** The family name satori knows it by. */
  family: string;
  weight: FontWeight;
  /** The file in its npm package, which lists it in its "exports" (WOFF: satori reads no WOFF2). */
  file: string;
}

/** Inter's Latin subset: every character of the six Latin-script languages, dashes and quotes included. */
const INTER_LATIN: readonly FontFile[] = [
  { family: "Inter", weight: 400, file: "@fontsource/inter/files/inter-latin-400-normal.woff" },
  { family: "Inter", weight: 700, file: "@fontsource/inter/files/inter-latin-700-normal.woff" },
];

/** Each language's fonts, first choice first. */
const FONTS_BY_LANGUAGE = {
  en: INTER_LATIN,
  es: INTER_LATIN,
  pt: INTER_LATIN,
  fr: INTER_LATIN,
  de: INTER_LATIN,
  it: INTER_LATIN,
  he: [
    ...INTER_LATIN,
    {
      family: "Noto Sans Hebrew",
      weight: 400,
      file: "@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff",
    },
    {
      family: "Noto Sans Hebrew",
      weight: 700,
      file: "@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff",
    },
  ],
  "zh-hant": INTER_LATIN,
} as const satisfies Record<Language, readonly FontFile[]>;

// Resolved through each package, so it works from this file and from the chunk Astro bundles.
const require = createRequire(import.meta.url);
const fontsByLanguage = new Map<Language, LoadedFont[]>();

/**
 * The fonts of a language in satori's form (which the poster reads too), read once and kept for
 * the process: satori parses the fonts of an array once, so the same array is returned.
 *
 * @example drawingFonts("de").map((font) => `${font.name} ${font.weight}`) // ["Inter 400", "Inter 700"]
 */
export function drawingFonts(language: Language): LoadedFont[] {
  let fonts = fontsByLanguage.get(language);
  if (!fonts) {
    const files: readonly FontFile[] = FONTS_BY_LANGUAGE[language];
    fonts = files.map(({ family, weight, file }) => ({
      name: family,
      data: readFileSync(require.resolve(file)),
      weight,
      style: "normal",
      file: require.resolve(file),
    }));
    fontsByLanguage.set(language, fonts);
  }
  return fonts;
}
