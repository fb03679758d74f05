/**
 * The link-preview image of a page (Open Graph, LinkedIn, Slack...): a 1200×630 PNG drawn at
 * build time with satori (layout to SVG), resvg (SVG to pixels) and sharp (pixels to PNG).
 *
 * The build never reaches the network: the fonts are Inter's WOFF files read from
 * node_modules (satori cannot read WOFF2). Satori draws a character its fonts lack as a
 * "no glyph" box or not at all, without an error, so `previewImageSvg` fails instead.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";
import { OBSERVANCE_NAME, PREVIEW_IMAGE_HEIGHT, PREVIEW_IMAGE_WIDTH } from "../consts";

/** What one preview image shows. */
export interface PreviewImageContent {
  /** The page's title: the card's heading. */
  title: string;
  /** Shorter lines under the title, such as a year's dates. */
  lines?: readonly string[];
  /** The line at the foot of every card of the page's language: "First full week of February · since 2007". */
  footer: string;
}

/**
 * The font files. Inter's `latin` subset covers every character the cards use, including the
 * en dash (U+2013) and the middle dot (U+00B7); the unit tests check each page's text. Should
 * a title need more, add the `latin-ext` file of each weight under its own family name (such
 * as "Inter latin-ext"): satori takes only the first file of a family and weight, and falls
 * back to other families for the characters it lacks.
 */
const FONT_FILES = [
  { family: "Inter", weight: 400, file: "inter-latin-400-normal.woff" },
  { family: "Inter", weight: 700, file: "inter-latin-700-normal.woff" },
] as const;

export type FontWeight = 400 | 700;

/** The CSS font-family list of every family above, in order. */
const FONT_FAMILY = [...new Set(FONT_FILES.map((font) => font.family))].join(", ");

/** A font as satori takes it. */
export interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: "normal";
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

// Resolving through the package (its "exports" list "./files/*.woff") works both from this
// source file and from the chunk Astro bundles it into, which stays inside the project.
const require = createRequire(import.meta.url);

let fontsCache: LoadedFont[] | undefined;

/**
 * The fonts the cards are drawn with, in satori's format, read once and kept for the
 * process (satori also caches its parsed fonts per array, so the same array is returned).
 *
 * @example previewImageFonts().map((font) => font.weight) // [400, 700]
 */
export function previewImageFonts(): LoadedFont[] {
  fontsCache ??= FONT_FILES.map(({ family, weight, file }) => ({
    name: family,
    data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)),
    weight,
    style: "normal",
  }));
  return fontsCache;
}

/** A title's font size: as large as lets it fit in three lines at most. */
function titleFontSize(title: string, hasLines: boolean): number {
  const length = title.length;
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

/** Nodes of a small network, drawn at the card's top right: (x, y, radius) in pixels. */
const NETWORK_NODES: readonly (readonly [number, number, number])[] = [
  [14, 70, 8],
  [84, 22, 6],
  [116, 84, 12],
  [186, 42, 7],
  [226, 104, 6],
  [168, 118, 5],
];
const NETWORK_LINKS: readonly (readonly [number, number])[] = [
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

function card({ title, lines = [], footer }: PreviewImageContent): Element {
  const titleSize = titleFontSize(title, lines.length > 0);
  return h(
    "div",
    {
      width: PREVIEW_IMAGE_WIDTH,
      height: PREVIEW_IMAGE_HEIGHT,
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      backgroundColor: colors.background,
      fontFamily: FONT_FAMILY,
      padding: "64px 80px 56px 96px",
      position: "relative",
    },
    [
      // The accent bar down the left edge.
      h("div", {
        position: "absolute",
        left: 0,
        top: 0,
        width: 16,
        height: PREVIEW_IMAGE_HEIGHT,
        backgroundColor: colors.accent,
      }),
      networkMotif({ position: "absolute", top: 40, right: 72 }),
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
        },
        [
          h(
            "div",
            {
              display: "block",
              fontSize: titleSize,
              fontWeight: 700,
              lineHeight: 1.12,
              letterSpacing: -0.02 * titleSize,
              color: colors.title,
              maxWidth: 1000,
              textWrap: "balance",
            },
            title,
          ),
          ...(lines.length > 0
            ? [
                h(
                  "div",
                  { display: "flex", flexDirection: "column", marginTop: 28 },
                  lines.map((line) =>
                    h(
                      "div",
                      {
                        display: "flex",
                        fontSize: 34,
                        fontWeight: 400,
                        lineHeight: 1.4,
                        color: colors.lines,
                      },
                      line,
                    ),
                  ),
                ),
              ]
            : []),
        ],
      ),
      h(
        "div",
        {
          display: "flex",
          alignItems: "center",
          borderTop: `2px solid ${colors.rule}`,
          paddingTop: 24,
          fontSize: 26,
          fontWeight: 400,
          color: colors.footer,
        },
        [
          h("div", {
            width: 12,
            height: 12,
            borderRadius: 6,
            backgroundColor: colors.accent,
            marginRight: 16,
          }),
          footer,
        ],
      ),
    ],
  );
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
 * @example await layOutSvg(h("div", {}, "漢"), { width: 100, height: 100, fonts: previewImageFonts(), what: "A test image" }) // throws, naming "漢" (U+6F22)
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
    // While laying the card out, satori asks this for a font or an image for the characters
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
      `${what} cannot be drawn: its fonts lack ${missing.map(describeCharacters).join(", ")}. Reword the text, or add a font subset that has these characters (src/lib/preview-image.ts for the preview cards, src/lib/drawing-fonts.ts for the toolkit's images).`,
    );
  }
  return svg;
}

/**
 * Lays a page's preview card out as SVG, its text as paths. Throws when the fonts lack a
 * character of its text (title, lines, footer or site name, in either weight).
 *
 * @example await previewImageSvg({ title: "Networking 漢", footer: "" }) // throws, naming "漢" (U+6F22)
 */
export async function previewImageSvg(content: PreviewImageContent): Promise<string> {
  return layOutSvg(card(content), {
    width: PREVIEW_IMAGE_WIDTH,
    height: PREVIEW_IMAGE_HEIGHT,
    fonts: previewImageFonts(),
    what: `The preview image titled ${JSON.stringify(content.title)}`,
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
