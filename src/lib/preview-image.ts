/**
 * The link-preview image of a page (Open Graph, LinkedIn, Slack...): a 1200×630 PNG drawn at
 * build time with satori (layout to SVG), resvg (SVG to pixels) and sharp (pixels to PNG).
 *
 * The build never reaches the network: the fonts are WOFF files read from node_modules, the
 * subsets of each language's fonts that its text needs (language-fonts.ts). Satori draws a
 * character its fonts lack as a "no glyph" box or not at all, without an error, so
 * `previewImageSvg` fails instead.
 *
 * A right-to-left card is the mirror image of a left-to-right one. Satori lays a single line of
 * right-to-left text out in the right order (it reorders the line's runs by the Unicode
 * bidirectional algorithm when the line's direction is rtl), but misplaces such a line inside a
 * box wider than it and wraps several lines in the wrong order. So a right-to-left paragraph is
 * broken into lines here, with satori's own measure of each word, and each line is drawn as a
 * box of its own width, right-aligned: tests/unit/preview-image.test.ts compares the words'
 * order and shapes with resvg's own layout of the same text.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";
import { OBSERVANCE_NAME, PREVIEW_IMAGE_HEIGHT, PREVIEW_IMAGE_WIDTH } from "../consts";
import { LANGUAGES, type Language } from "../i18n/languages";
import { languageFonts, type FontSet, type LoadedFont } from "./language-fonts";
import { balancedLines } from "./line-breaks";

/** What one preview image shows. */
export interface PreviewImageContent {
  /** The language it is written in: its fonts and its direction. */
  language: Language;
  /** The page's title: the card's heading. */
  title: string;
  /** Shorter lines under the title, such as a year's dates. */
  lines?: readonly string[];
  /** The line at the foot of every card of the page's language: "First full week of February · since 2007". */
  footer: string;
}

/** The site's image colours, shared by the preview cards and the toolkit's images. */
export const colors = {
  background: "#0b2545",
  accent: "#2ec4b6",
  title: "#ffffff",
  lines: "#a9c2dc",
  footer: "#8aa5c2",
  rule: "#1f3d63",
  link: "#2b5a80",
} as const;

// Resolving through the package works both from this source file and from the chunk Astro
// bundles it into, which stays inside the project.
const require = createRequire(import.meta.url);

/** A title's font size, by its length in Latin letters: as large as lets it fit in three lines at most. */
function titleFontSize(length: number, hasLines: boolean): number {
  if (length <= 28) return hasLines ? 76 : 84;
  if (length <= 50) return hasLines ? 64 : 72;
  if (length <= 70) return 66;
  if (length <= 95) return 54;
  return 46;
}

export interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: unknown; [key: string]: unknown };
}

export function h(
  type: string,
  style: Record<string, string | number>,
  children?: unknown,
): Element {
  return { type, props: { style, children } };
}

/** Nodes of the site's network motif, in a 240×128 box: (x, y, radius) in pixels. */
export const NETWORK_NODES: readonly (readonly [number, number, number])[] = [
  [14, 70, 8],
  [84, 22, 6],
  [116, 84, 12],
  [186, 42, 7],
  [226, 104, 6],
  [168, 118, 5],
];
/** The motif's lines, between nodes by index. */
export const NETWORK_LINKS: readonly (readonly [number, number])[] = [
  [0, 1],
  [0, 2],
  [1, 2],
  [1, 3],
  [2, 3],
  [2, 5],
  [3, 4],
  [4, 5],
];

/**
 * The connected-dots motif, as an SVG image (satori draws `<img>` of a data URL), `scale` times
 * its 240×128 size, placed by `style`.
 */
export function networkMotif(style: Record<string, string | number>, scale = 1): Element {
  const width = 240;
  const height = 128;
  const links = NETWORK_LINKS.map(([from, to]) => {
    const [x1, y1] = NETWORK_NODES[from]!;
    const [x2, y2] = NETWORK_NODES[to]!;
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`;
  }).join("");
  const nodes = NETWORK_NODES.map(([x, y, r], index) => {
    const fill = index === 2 ? colors.accent : colors.background;
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="${colors.accent}" stroke-width="3"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><g stroke="${colors.link}" stroke-width="3">${links}</g>${nodes}</svg>`;
  return {
    type: "img",
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
      width: width * scale,
      height: height * scale,
      style,
    },
  };
}

/** The width satori gives a text on one line: the width of an SVG laid out to fit it. */
async function measuredWidth(
  text: string,
  style: Record<string, string | number>,
  { fonts, family }: FontSet,
): Promise<number> {
  const svg = await satori(
    h("div", { display: "flex", whiteSpace: "pre", fontFamily: family, ...style }, text),
    { height: 1000, fonts },
  );
  return Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
}

/**
 * A right-to-left paragraph as satori draws it right: broken into balanced lines no wider than
 * `maxWidth` (with satori's measure of each word and of a space), each line a box of its own
 * width whose runs satori orders from the right, the lines aligned on the right (or centred).
 *
 * @example await rightToLeftParagraph("השבוע המלא הראשון של פברואר", { fontSize: 34 }, 600, languageFonts("he", text))
 */
export async function rightToLeftParagraph(
  text: string,
  style: Record<string, string | number>,
  maxWidth: number,
  fonts: FontSet,
  align: "end" | "center" = "end",
): Promise<Element> {
  const words = text.split(" ");
  const widths = await Promise.all(words.map((word) => measuredWidth(word, style, fonts)));
  const space =
    (await measuredWidth("x x", style, fonts)) - (await measuredWidth("xx", style, fonts));
  const lines = balancedLines(widths, space, maxWidth).map((line) =>
    line.map((index) => words[index]).join(" "),
  );
  return h(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      alignItems: align === "end" ? "flex-end" : "center",
    },
    lines.map((line) =>
      h("div", { display: "flex", whiteSpace: "pre", direction: "rtl", ...style }, line),
    ),
  );
}

/**
 * A line of text laid out as the cards lay it out in its language, alone, black on a white box
 * `width` pixels wide and aligned on the side its lines start from: tests compare it with a
 * browser's rendering of the same text.
 *
 * @example await textLineSvg("he", "שבוע 2027", { fontSize: 64, fontWeight: 700 }, 1000)
 */
export async function textLineSvg(
  language: Language,
  text: string,
  style: { fontSize: number; fontWeight: 400 | 700 },
  width: number,
): Promise<string> {
  const fonts = languageFonts(language, text);
  const rightToLeft = LANGUAGES[language].dir === "rtl";
  const height = Math.ceil(style.fontSize * 1.5);
  const line = rightToLeft
    ? await rightToLeftParagraph(text, { ...style, lineHeight: 1.5 }, width, fonts)
    : h("div", { display: "flex", whiteSpace: "pre", ...style, lineHeight: 1.5 }, text);
  return satori(
    h(
      "div",
      {
        display: "flex",
        flexDirection: "column",
        alignItems: rightToLeft ? "flex-end" : "flex-start",
        width,
        height,
        backgroundColor: "#ffffff",
        color: "#000000",
        fontFamily: fonts.family,
      },
      [line],
    ),
    { width, height, fonts: fonts.fonts },
  );
}

/** Counts a wide character (Chinese, full-width punctuation) as two, as it takes about 1 em. */
function visualLength(text: string): number {
  return [...text].reduce(
    (length, character) =>
      length + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(character) ? 2 : 1),
    0,
  );
}

const TITLE_MAX_WIDTH = 1000;
const CONTENT_WIDTH = PREVIEW_IMAGE_WIDTH - 96 - 80;

async function card(content: PreviewImageContent, fonts: FontSet): Promise<Element> {
  const { language, title, lines = [], footer } = content;
  const rightToLeft = LANGUAGES[language].dir === "rtl";
  // Where lines start and end: the left and right of a left-to-right card, swapped.
  const [start, end] = rightToLeft ? (["right", "left"] as const) : (["left", "right"] as const);
  const titleSize = titleFontSize(visualLength(title), lines.length > 0);
  const titleStyle = {
    fontSize: titleSize,
    fontWeight: 700,
    lineHeight: 1.12,
    letterSpacing: -0.02 * titleSize,
    color: colors.title,
  };
  const lineStyle = { fontSize: 34, fontWeight: 400, lineHeight: 1.4, color: colors.lines };
  const footerStyle = { fontSize: 26, fontWeight: 400, color: colors.footer };
  const text = async (line: string, style: Record<string, string | number>, maxWidth: number) =>
    rightToLeft
      ? rightToLeftParagraph(line, style, maxWidth, fonts)
      : h("div", { display: "flex", ...style }, line);
  return {
    type: "div",
    props: {
      style: {
        width: PREVIEW_IMAGE_WIDTH,
        height: PREVIEW_IMAGE_HEIGHT,
        boxSizing: "border-box",
        display: "flex",
        flexDirection: "column",
        alignItems: rightToLeft ? "flex-end" : "stretch",
        backgroundColor: colors.background,
        fontFamily: fonts.family,
        paddingTop: 64,
        paddingBottom: 56,
        [`padding${capitalized(start)}`]: 96,
        [`padding${capitalized(end)}`]: 80,
        position: "relative",
      },
      children: [
        // The accent bar down the edge lines start from.
        h("div", {
          position: "absolute",
          [start]: 0,
          top: 0,
          width: 16,
          height: PREVIEW_IMAGE_HEIGHT,
          backgroundColor: colors.accent,
        }),
        networkMotif({ position: "absolute", top: 40, [end]: 72 }),
        h(
          "div",
          {
            display: "flex",
            fontSize: 24,
            fontWeight: 700,
            color: colors.accent,
            letterSpacing: 2.5,
            textTransform: "uppercase",
          },
          // The name every card carries above its title, in every language.
          OBSERVANCE_NAME,
        ),
        h(
          "div",
          {
            display: "flex",
            flexDirection: "column",
            flexGrow: 1,
            justifyContent: "center",
            alignItems: rightToLeft ? "flex-end" : "stretch",
          },
          [
            rightToLeft
              ? await text(title, titleStyle, TITLE_MAX_WIDTH)
              : h(
                  "div",
                  {
                    display: "block",
                    maxWidth: TITLE_MAX_WIDTH,
                    textWrap: "balance",
                    ...titleStyle,
                  },
                  title,
                ),
            ...(lines.length > 0
              ? [
                  h(
                    "div",
                    {
                      display: "flex",
                      flexDirection: "column",
                      alignItems: rightToLeft ? "flex-end" : "stretch",
                      marginTop: 28,
                    },
                    await Promise.all(lines.map((line) => text(line, lineStyle, CONTENT_WIDTH))),
                  ),
                ]
              : []),
          ],
        ),
        h(
          "div",
          {
            display: "flex",
            flexDirection: rightToLeft ? "row-reverse" : "row",
            alignItems: "center",
            alignSelf: "stretch",
            borderTop: `2px solid ${colors.rule}`,
            paddingTop: 24,
            ...footerStyle,
          },
          [
            h("div", {
              width: 12,
              height: 12,
              borderRadius: 6,
              backgroundColor: colors.accent,
              [`margin${capitalized(end)}`]: 16,
              flexShrink: 0,
            }),
            await text(footer, footerStyle, CONTENT_WIDTH - 28),
          ],
        ),
      ],
    },
  };
}

function capitalized(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Writes text as `"漢字" (U+6F22 U+5B57)` for error messages. */
function describeCharacters(text: string): string {
  const codes = [...text].map(
    (character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return `${JSON.stringify(text)} (${codes.join(" ")})`;
}

/**
 * Lays an image out as SVG with satori, its text as paths. Throws when the fonts lack a
 * character of its text, naming `what` the image is and every such character.
 *
 * @example await layOutSvg(h("div", {}, "漢"), { width: 100, height: 100, fonts: languageFonts("en", "").fonts, what: "A test image" }) // throws, naming "漢" (U+6F22)
 */
export async function layOutSvg(
  element: Element,
  {
    width,
    height,
    fonts,
    what,
  }: { width: number; height: number; fonts: LoadedFont[]; what: string },
): Promise<string> {
  const missing: string[] = [];
  const svg = await satori(element, {
    width,
    height,
    fonts,
    // While laying the image out, satori asks this for a font or an image for the characters
    // of its text that no font has: once per script with all of them (script "unknown" for
    // Latin letters outside Inter's latin subset, such as "ő"), once per emoji. It gets none;
    // failing after satori returns, rather than here, lets the message list every one.
    loadAdditionalAsset: async (_script, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0) {
    throw new Error(
      `${what} cannot be drawn: its fonts lack ${missing.map(describeCharacters).join(", ")}. Reword the text, or give the language a font that has these characters in src/lib/language-fonts.ts.`,
    );
  }
  return svg;
}

/**
 * Lays a page's preview card out as SVG, its text as paths, with the fonts of its language that
 * its text needs. Throws when the fonts lack a character of its text (title, lines, footer or
 * site name, in either weight).
 *
 * @example await previewImageSvg({ language: "en", title: "Networking 漢", footer: "" }) // throws, naming "漢" (U+6F22)
 */
export async function previewImageSvg(content: PreviewImageContent): Promise<string> {
  const { language, title, lines = [], footer } = content;
  const fonts = languageFonts(language, [OBSERVANCE_NAME, title, ...lines, footer].join(""));
  return layOutSvg(await card(content, fonts), {
    width: PREVIEW_IMAGE_WIDTH,
    height: PREVIEW_IMAGE_HEIGHT,
    fonts: fonts.fonts,
    what: `The preview image titled ${JSON.stringify(title)}`,
  });
}

// A card is a few flat colours and the anti-aliased edges between them, under 200 in all: an
// indexed-colour PNG holds them at under half the size of resvg's own RGBA PNG.
const PNG_OPTIONS = {
  palette: true,
  // Room for every colour of a card, so that none is merged with another.
  colours: 256,
  // The lowest effort that keeps the exact colours: below it, libimagequant rounds every
  // channel to 7 bits. Higher efforts take as long and give the same bytes.
  effort: 4,
  // Smooth edges and flat areas need no dithering, which would only add noise and bytes.
  dither: 0,
  // zlib's highest level: 6% smaller than its default, for a quarter more encoding time.
  compressionLevel: 9,
} as const;

/**
 * Drawn cards kept between builds, named after the SHA-256 of their SVG and of everything that
 * turns an SVG into the PNG. Drawing a card's pixels and encoding them is most of a build's time,
 * and the test builds and a developer's rebuilds draw the same cards again and again; a fresh
 * machine (CI, a deployment) starts without any. Builds run from the project's root.
 */
export const CARD_CACHE = join(process.cwd(), "node_modules/.cache/preview-images");
const DRAWING = JSON.stringify({
  resvg: (require("@resvg/resvg-js/package.json") as { version: string }).version,
  sharp: sharp.versions,
  PNG_OPTIONS,
});

/**
 * Draws a page's preview card as a 1200×630 PNG.
 *
 * @example await renderPreviewImage({ title: "History of International Networking Week", footer: "First full week of February · since 2007" })
 */
export async function renderPreviewImage(
  content: PreviewImageContent,
): Promise<Uint8Array<ArrayBuffer>> {
  return drawPng(await previewImageSvg(content));
}

/**
 * Draws an SVG laid out by `layOutSvg` as an indexed-colour PNG of its own size, or reads the one
 * an earlier build drew from the card cache.
 *
 * @example await drawPng(await previewImageSvg(content))
 */
export async function drawPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const cached = join(
    CARD_CACHE,
    `${createHash("sha256").update(DRAWING).update(svg).digest("hex")}.png`,
  );
  if (existsSync(cached)) return readFileSync(cached);
  // Satori turns text into paths, so resvg needs no fonts of its own.
  const image = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false },
  }).render();
  const png = await sharp(image.pixels, {
    raw: { width: image.width, height: image.height, channels: 4 },
  })
    .png(PNG_OPTIONS)
    .toBuffer();
  mkdirSync(CARD_CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
