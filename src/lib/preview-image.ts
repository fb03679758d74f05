/**
 * The link-preview image of a page (Open Graph, LinkedIn, Slack...): a 1200×630 PNG drawn at
 * build time with satori (layout to SVG) and resvg (SVG to PNG).
 *
 * The build never reaches the network: the fonts are Inter's WOFF files read from
 * node_modules (satori cannot read WOFF2). Satori draws a character its fonts lack as a
 * "no glyph" box or not at all, without an error, so `glyphsMissingFromFont` reads the fonts'
 * own character maps to catch that first.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { crc32, deflateSync } from "node:zlib";
import * as fontkit from "fontkit";
import type { Font as FontkitFont } from "fontkit";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
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

/** The name every card carries above its title, in every language. */
export const PREVIEW_IMAGE_SITE_NAME = OBSERVANCE_NAME;

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

type FontWeight = (typeof FONT_FILES)[number]["weight"];

/** The CSS font-family list of every family above, in order. */
const FONT_FAMILY = [...new Set(FONT_FILES.map((font) => font.family))].join(", ");

interface LoadedFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: "normal";
}

const colors = {
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
let parsedFontsCache: FontkitFont[] | undefined;

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

// fontkit reads the fonts' character maps: satori draws a placeholder box, without an error, for
// a character its fonts lack, so the build checks coverage itself.
function parsedFonts(): FontkitFont[] {
  parsedFontsCache ??= previewImageFonts().map((font) => {
    const parsed = fontkit.create(Buffer.from(font.data));
    if (!("hasGlyphForCodePoint" in parsed))
      throw new Error("Expected a single font, not a collection.");
    return parsed;
  });
  return parsedFontsCache;
}

/**
 * The characters of `text` that the card's fonts cannot draw, each once, in order of first
 * appearance. A character counts as drawable only when every weight has it, since the title
 * is bold and the other lines regular.
 *
 * @example glyphsMissingFromFont("Networking 漢 week") // ["漢"]
 */
export function glyphsMissingFromFont(text: string): string[] {
  const fonts = parsedFonts();
  const missing = new Set<string>();
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (!fonts.every((font) => font.hasGlyphForCodePoint(code))) missing.add(character);
  }
  return [...missing];
}

/** Writes characters as `"漢" (U+6F22)` for error messages. */
export function describeCharacters(characters: readonly string[]): string {
  return characters
    .map((character) => {
      const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      return `${JSON.stringify(character)} (U+${code})`;
    })
    .join(", ");
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

interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: unknown; [key: string]: unknown };
}

function h(type: string, style: Record<string, string | number>, children?: unknown): Element {
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

/** The connected-dots motif, as an SVG image (satori draws `<img>` of a data URL). */
function networkMotif(): Element {
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
      width,
      height,
      style: { position: "absolute", top: 40, right: 72 },
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
      networkMotif(),
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
        PREVIEW_IMAGE_SITE_NAME,
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

/** One PNG chunk: length, type, data and the CRC-32 of type and data. */
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(Buffer.from(type, "latin1"), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/**
 * Encodes opaque RGBA pixels as an indexed-colour PNG (colour type 3), losslessly, when they
 * hold 256 colours or fewer; returns undefined otherwise. A card is a few flat colours and
 * the anti-aliased edges between them, so this takes it to well under half the size of
 * resvg's own RGBA PNG. https://www.w3.org/TR/png-3/#6Colour-values
 */
export function encodeIndexedPng(
  rgba: Uint8Array,
  width: number,
  height: number,
): Uint8Array<ArrayBuffer> | undefined {
  // One 32-bit word per pixel (R, G, B, A in memory), which needs a 4-byte-aligned start.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const palette = new Map<number, number>();
  // Each row starts with its filter type: 0, none, which suits palette indices best.
  const rows = new Uint8Array((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * width + x;
      const pixel = pixels[at]!;
      // Most pixels repeat their neighbour's colour: skip the lookup for them.
      if (pixel !== last) {
        if (rgba[at * 4 + 3] !== 255) return undefined;
        let index = palette.get(pixel);
        if (index === undefined) {
          if (palette.size === 256) return undefined;
          index = palette.size;
          palette.set(pixel, index);
        }
        last = pixel;
        lastIndex = index;
      }
      rows[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const header = new Uint8Array(13);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, width);
  headerView.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, indexed colour, deflate, no filter, no interlace
  const colorsBytes = new Uint8Array(palette.size * 3);
  for (const [pixel, index] of palette) {
    colorsBytes.set(new Uint8Array(Uint32Array.of(pixel).buffer, 0, 3), index * 3);
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("PLTE", colorsBytes),
    // zlib's default level: level 9 saves a tenth of the bytes for twice the time.
    pngChunk("IDAT", deflateSync(rows)),
    pngChunk("IEND", new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

/**
 * Draws a page's preview card as a 1200×630 PNG.
 *
 * @example await renderPreviewImage({ title: "History of International Networking Week", footer: "First full week of February · since 2007" })
 */
export async function renderPreviewImage(
  content: PreviewImageContent,
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(card(content), {
    width: PREVIEW_IMAGE_WIDTH,
    height: PREVIEW_IMAGE_HEIGHT,
    fonts: previewImageFonts(),
  });
  // Satori turns text into paths, so resvg needs no fonts of its own.
  const image = new Resvg(svg, {
    fitTo: { mode: "width", value: PREVIEW_IMAGE_WIDTH },
    font: { loadSystemFonts: false },
  }).render();
  return encodeIndexedPng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
}
