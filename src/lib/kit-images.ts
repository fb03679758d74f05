/**
 * The toolkit's images to post: the featured week's name, dates, a line on the week and the
 * hashtag, drawn at build time as the preview cards are (satori, resvg, sharp, and their cache),
 * in three sizes for the feeds, stories and link posts of the networks. Every line is centred, so
 * the layout reads the same in a right-to-left language; the fonts come from drawing-fonts.ts.
 */
import { drawPng, h, layOutSvg, networkMotif, colors } from "./preview-image";
import type { LoadedFont } from "./language-fonts";

/** The sizes, in pixels, with what each is for (the page says it in the reader's language). */
export const KIT_IMAGE_FORMATS = {
  /** Square, for feeds (Instagram, Facebook, LinkedIn). */
  square: { width: 1080, height: 1080 },
  /** Tall, for Instagram stories and WhatsApp status. */
  story: { width: 1080, height: 1920 },
  /** Wide, for LinkedIn and Facebook posts. */
  landscape: { width: 1200, height: 627 },
} as const;

export type KitImageFormat = keyof typeof KIT_IMAGE_FORMATS;

export const KIT_IMAGE_FORMAT_NAMES = Object.keys(KIT_IMAGE_FORMATS) as KitImageFormat[];

export interface KitImageContent {
  /** The week's name. */
  name: string;
  /** Its dates, the largest line. */
  dates: string;
  /** A line on what it is, such as "First full week of February · since 2007". */
  tagline: string;
  hashtag: string;
}

/** Type sizes in pixels, per format: each line readable on a phone at the size a feed shows it. */
const TYPE = {
  square: { motif: 1.1, name: 58, dates: 104, tagline: 36, hashtag: 40, gap: 36 },
  story: { motif: 1.5, name: 68, dates: 124, tagline: 42, hashtag: 46, gap: 56 },
  landscape: { motif: 0.8, name: 44, dates: 84, tagline: 30, hashtag: 32, gap: 20 },
} as const satisfies Record<KitImageFormat, Record<string, number>>;

function kitImage(content: KitImageContent, format: KitImageFormat, fonts: LoadedFont[]) {
  const { width, height } = KIT_IMAGE_FORMATS[format];
  const type = TYPE[format];
  const text = (size: number, color: string, value: string, weight = 700) =>
    h(
      "div",
      {
        display: "block",
        fontSize: size,
        fontWeight: weight,
        lineHeight: 1.15,
        color,
        textAlign: "center",
        textWrap: "balance",
        maxWidth: width - 160,
      },
      value,
    );
  return h(
    "div",
    {
      width,
      height,
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      alignItems: "center",
      justifyContent: "center",
      gap: type.gap,
      padding: "48px 80px",
      backgroundColor: colors.background,
      // Every font of the list, in order: satori falls back from one to the next per character.
      fontFamily: [...new Set(fonts.map((font) => font.name))].join(", "),
      borderTop: `16px solid ${colors.accent}`,
      borderBottom: `16px solid ${colors.accent}`,
    },
    [
      networkMotif({}, type.motif),
      text(type.name, colors.title, content.name),
      text(type.dates, colors.accent, content.dates),
      text(type.tagline, colors.lines, content.tagline, 400),
      h(
        "div",
        {
          display: "flex",
          marginTop: type.gap / 2,
          padding: `${type.hashtag * 0.4}px ${type.hashtag * 0.8}px`,
          borderRadius: type.hashtag,
          border: `3px solid ${colors.accent}`,
          fontSize: type.hashtag,
          fontWeight: 700,
          color: colors.title,
        },
        content.hashtag,
      ),
    ],
  );
}

/**
 * Lays one of the toolkit's images out as SVG. Throws when the fonts lack a character of its text.
 *
 * @example await kitImageSvg(content, "story", drawingFonts("en")) // "<svg width=\"1080\" height=\"1920\" ..."
 */
async function kitImageSvg(
  content: KitImageContent,
  format: KitImageFormat,
  fonts: LoadedFont[],
): Promise<string> {
  const { width, height } = KIT_IMAGE_FORMATS[format];
  return layOutSvg(kitImage(content, format, fonts), {
    width,
    height,
    fonts,
    what: `The toolkit's ${format} image of ${JSON.stringify(content.dates)}`,
  });
}

/**
 * Draws one of the toolkit's images as a PNG, read from the card cache when an earlier build
 * drew the same one.
 *
 * @example await renderKitImage(content, "square", drawingFonts("en")) // a 1080×1080 PNG
 */
export async function renderKitImage(
  content: KitImageContent,
  format: KitImageFormat,
  fonts: LoadedFont[],
): Promise<Uint8Array<ArrayBuffer>> {
  return drawPng(await kitImageSvg(content, format, fonts));
}
