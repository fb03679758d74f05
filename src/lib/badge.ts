/**
 * The badge other websites embed with an `<img>` tag: a 300×100 SVG with the next week's dates,
 * redrawn with the site every day. Its text is SVG `<text>` in the reader's own system fonts (an
 * image loads no font, and glyphs drawn as paths would not fit in a few kilobytes), so each line's
 * size is chosen from an estimate of its width that errs on the wide side, and every line is
 * centred (`text-anchor="middle"`, the middle in either direction). A right-to-left badge says
 * `direction="rtl"`, which orders each line's words by the bidirectional algorithm in the
 * reader's browser, as `xml:lang` picks the reader's fonts for the language.
 */
import { colors } from "./preview-image";

export const BADGE_WIDTH = 300;
export const BADGE_HEIGHT = 100;

export interface BadgeContent {
  /** The `<title>`, read out where the image is shown without its alt text: name and dates. */
  title: string;
  /** The week's name, the first line. */
  name: string;
  /** The week's dates, the large second line. */
  dates: string;
  /** The hashtag, the small third line. */
  hashtag: string;
  /** The BCP 47 tag of the text's language. */
  lang: string;
  dir: "ltr" | "rtl";
}

/** The fonts a reader's system has for a sans-serif text. */
const SYSTEM_FONTS = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

/** Room left on each side of a line. */
const SIDE_MARGIN = 12;

/**
 * Whether a character is drawn a full em wide: the wide and full-width forms of East Asian
 * scripts (Unicode's East Asian Width W and F, in its main blocks).
 */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/**
 * A bold sans-serif line's width, in ems, on the wide side: a full em for a wide character, and
 * for the others the widest that common system fonts (Segoe UI, Roboto, San Francisco, Arial)
 * draw them in bold: 0.72 for a capital, a digit or a sign such as "#", 0.3 for a space, 0.58 for
 * a small letter or a punctuation mark.
 *
 * @example estimatedWidth("Week 2027") // 0.72 + 3 × 0.58 + 0.3 + 4 × 0.72 = 5.64
 */
export function estimatedWidth(text: string): number {
  let ems = 0;
  for (const character of text) {
    if (isWide(character.codePointAt(0)!)) ems += 1;
    else if (/\s/u.test(character)) ems += 0.3;
    else if (/[\p{Lu}\p{N}#@%&]/u.test(character)) ems += 0.72;
    else ems += 0.58;
  }
  return ems;
}

/** The font size, at most `preferred`, that fits a line across the badge. */
function fittedSize(text: string, preferred: number): number {
  const fits = (BADGE_WIDTH - 2 * SIDE_MARGIN) / estimatedWidth(text);
  return Math.max(1, Math.min(preferred, Math.floor(fits * 10) / 10));
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function line(text: string, y: number, size: number, fill: string, attributes = ""): string {
  return `<text x="${BADGE_WIDTH / 2}" y="${y}" font-size="${fittedSize(text, size)}" fill="${fill}"${attributes}>${escapeXml(text)}</text>`;
}

/**
 * The badge's SVG: one text per line, no script, no external reference, no font to load.
 *
 * @example badgeSvg({ title: "International Networking Week 2027: 1–7 February 2027", name: "International Networking Week", dates: "1–7 February 2027", hashtag: "#InternationalNetworkingWeek", lang: "en", dir: "ltr" })
 * // '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" ...><title>International Networking Week 2027: ...'
 */
export function badgeSvg({ title, name, dates, hashtag, lang, dir }: BadgeContent): string {
  for (const [what, text] of Object.entries({ title, name, dates, hashtag, lang })) {
    if (text.trim() === "") {
      throw new RangeError(`The badge's ${what} is empty: every line of the badge needs a text.`);
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img" aria-labelledby="badge-title" xml:lang="${escapeXml(lang)}" direction="${dir}">`,
    `<title id="badge-title">${escapeXml(title)}</title>`,
    `<rect width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" fill="${colors.background}"/>`,
    `<rect width="${BADGE_WIDTH}" height="5" fill="${colors.accent}"/>`,
    `<g font-family="${SYSTEM_FONTS}" font-weight="700" text-anchor="middle">`,
    line(name, 32, 17, colors.title),
    line(dates, 64, 26, colors.accent),
    // The hashtag reads left to right in every language: in a right-to-left badge its "#" would
    // otherwise go to its right end, as the pages' isolated hashtag shows.
    line(hashtag, 87, 13, colors.lines, dir === "rtl" ? ` direction="ltr"` : ""),
    `</g>`,
    `</svg>`,
  ].join("\n");
}
