/**
 * How long X counts a post, so that the toolkit's X text is known to fit before it is published.
 * X's own rule (twitter-text, configuration v3): every link counts as 23 characters whatever its
 * length; a character counts 1 when it is in the ranges below (Latin, Greek, Cyrillic, Hebrew,
 * Arabic and the other scripts up to U+10FF, and some punctuation), and 2 otherwise (Chinese,
 * Japanese, emoji...). The text is counted in Unicode normal form C, one code point at a time.
 * An emoji made of several code points counts here as 2 for each, more than X counts: an
 * overestimate never lets a text that is too long through.
 */

/** The longest post X takes, in its weighted characters. */
export const X_MAX_LENGTH = 280;

/** What X counts any link as, once shortened to its t.co form. */
const X_LINK_LENGTH = 23;

/** The code point ranges X counts as 1 (twitter-text v3's `ranges`, both ends included). */
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

/** What X recognises as a link in a post written by this site: an http or https address. */
const LINK = /https?:\/\/[^\s]+/g;

function weightOf(codePoint: number): number {
  return LIGHT_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last) ? 1 : 2;
}

/**
 * The length X gives a post: each link 23, each character 1 or 2.
 *
 * @example xPostLength("Networking week https://example.org/a/very/long/path/2027/") // 16 + 23 = 39
 * @example xPostLength("國際") // 4
 */
export function xPostLength(text: string): number {
  let length = 0;
  const withoutLinks = text.normalize("NFC").replace(LINK, () => {
    length += X_LINK_LENGTH;
    return "";
  });
  for (const character of withoutLinks) length += weightOf(character.codePointAt(0)!);
  return length;
}
