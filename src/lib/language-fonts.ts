/**
 * The fonts a language's images are drawn with: the one place a script gets its fonts. Each
 * language has a list of Fontsource packages, first choice first: Inter for Latin letters, digits
 * and punctuation in every language, then the font of the language's own script.
 *
 * Fontsource splits a font into subsets by Unicode range, one file per subset and weight (Noto
 * Sans TC into about a hundred numbered slices of a few hundred characters). `languageFonts`
 * loads only the files whose ranges hold a character of the text to draw, so a card in Chinese
 * reads a dozen slices of 40 KB rather than the whole 4 MB font, and the build stays fast. The
 * files are WOFF: satori reads WOFF but not WOFF2, and fontkit (PDF writers) reads both.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Language } from "../i18n/languages";

type FontWeight = 400 | 700;

/** The fonts that draw a text and the CSS font-family that lists them, in order. */
export interface FontSet {
  fonts: LoadedFont[];
  family: string;
}

/** A font as satori takes it; `file` is where it was read from, for writers that take a path. */
export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: "normal";
  file: string;
}

interface FontPackage {
  family: string;
  /** The Fontsource package, which lists its subsets' ranges in unicode.json. */
  package: string;
  /** The file names' stem: `${stem}-${subset}-${weight}-normal.woff`. */
  stem: string;
  /** Its subsets that the language may draw with: by name, or every numbered one ("[12]"). */
  subsets: readonly string[] | "numbered";
}

const INTER: FontPackage = {
  family: "Inter",
  package: "@fontsource/inter",
  stem: "inter",
  subsets: ["latin"],
};
const NOTO_SANS_HEBREW: FontPackage = {
  family: "Noto Sans Hebrew",
  package: "@fontsource/noto-sans-hebrew",
  stem: "noto-sans-hebrew",
  subsets: ["hebrew"],
};
const NOTO_SANS_TC: FontPackage = {
  family: "Noto Sans TC",
  package: "@fontsource/noto-sans-tc",
  stem: "noto-sans-tc",
  subsets: "numbered",
};

/** Each language's fonts, first choice first. */
const FONTS_BY_LANGUAGE: Record<Language, readonly FontPackage[]> = {
  en: [INTER],
  es: [INTER],
  pt: [INTER],
  fr: [INTER],
  de: [INTER],
  it: [INTER],
  he: [INTER, NOTO_SANS_HEBREW],
  "zh-hant": [INTER, NOTO_SANS_TC],
};

const WEIGHTS: readonly FontWeight[] = [400, 700];

// Resolved through each package (its "exports" list "./files/*" and "./unicode.json"), which
// works from this file and from the chunk Astro bundles it into.
const require = createRequire(import.meta.url);

interface Subset {
  /** "latin", "hebrew", or a numbered slice's number ("12"). */
  name: string;
  ranges: [number, number][];
}

/** Reads "U+0590-05FF,U+20AA" into [[0x590, 0x5ff], [0x20aa, 0x20aa]]. */
function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

const subsetsByPackage = new Map<FontPackage, Subset[]>();

/** A package's subsets that its languages draw with, with their ranges. */
function subsetsOf(font: FontPackage): Subset[] {
  let subsets = subsetsByPackage.get(font);
  if (!subsets) {
    const ranges = require(`${font.package}/unicode.json`) as Record<string, string>;
    subsets = Object.entries(ranges)
      .map(([key, range]) => ({ key, range }))
      .filter(({ key }) =>
        font.subsets === "numbered" ? /^\[\d+\]$/.test(key) : font.subsets.includes(key),
      )
      .map(({ key, range }) => ({
        name: key.replace(/^\[(\d+)\]$/, "$1"),
        ranges: parseUnicodeRange(range),
      }));
    subsetsByPackage.set(font, subsets);
  }
  return subsets;
}

function covers(subset: Subset, codePoint: number): boolean {
  return subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

const fileData = new Map<string, Buffer>();
const fontListsByKey = new Map<string, LoadedFont[]>();

/**
 * The fonts that draw `text` in a language: for each character, the first subset of the
 * language's first font package whose range holds it, in 400 and 700. Each file is its own
 * family (satori takes one file per family and weight), named after its subset, in the
 * language's order; `family` is that order as a CSS font-family list. The same subsets give the
 * same array, so satori, which parses the fonts of an array once, parses each set once.
 * Characters no font covers are left out: satori then reports them, naming them.
 *
 * @example languageFonts("he", "שבוע 2027").family // "Inter latin, Noto Sans Hebrew hebrew"
 */
export function languageFonts(language: Language, text: string): FontSet {
  const chosen = new Map<string, { font: FontPackage; subset: Subset; order: number }>();
  const packages = FONTS_BY_LANGUAGE[language];
  for (const character of new Set(text)) {
    const codePoint = character.codePointAt(0)!;
    for (const [index, font] of packages.entries()) {
      const subsets = subsetsOf(font);
      const subset = subsets.find((candidate) => covers(candidate, codePoint));
      if (subset) {
        const order = index * 1000 + subsets.indexOf(subset);
        chosen.set(`${font.stem}-${subset.name}`, { font, subset, order });
        break;
      }
    }
  }
  const files = [...chosen.values()].sort((a, b) => a.order - b.order);
  const key = files.map(({ font, subset }) => `${font.stem}-${subset.name}`).join(" ");
  let fonts = fontListsByKey.get(key);
  if (!fonts) {
    fonts = files.flatMap(({ font, subset }) =>
      WEIGHTS.map((weight) => {
        const file = require.resolve(
          `${font.package}/files/${font.stem}-${subset.name}-${weight}-normal.woff`,
        );
        let data = fileData.get(file);
        if (!data) {
          data = readFileSync(file);
          fileData.set(file, data);
        }
        return {
          name: `${font.family} ${subset.name}`,
          data,
          weight,
          style: "normal" as const,
          file,
        };
      }),
    );
    fontListsByKey.set(key, fonts);
  }
  const family = [...new Set(fonts.map((font) => font.name))].join(", ");
  return { fonts, family };
}
