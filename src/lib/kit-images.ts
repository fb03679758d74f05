/**
 * The toolkit's images to post: the featured week's name, dates, a line on the week and the
 * hashtag, drawn at build time as the preview cards are (satori, resvg, sharp, and their cache),
 * in three sizes for the feeds, stories and link posts of the networks. Every line is centred, so
 * the layout has no side to mirror in a right-to-left language; there each block of text is laid
 * out line by line, as the right-to-left preview cards are (see preview-image.ts), since satori
 * misorders a wrapped right-to-left paragraph. The fonts are the subsets of the language's fonts
 * that the image's text needs (language-fonts.ts).
 */
import { LANGUAGES, type Language } from "../i18n/languages";
import { languageFonts, type FontSet } from "./language-fonts";
import {
  colors,
  drawPng,
  h,
  layOutSvg,
  networkMotif,
  rightToLeftParagraph,
  type Element,
} from "./preview-image";

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
  /** The language it is written in: its fonts and its direction. */
  language: Language;
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

/**
 * One block of an image's text, centred: in a right-to-left language, broken into lines and each
 * line drawn on its own (satori orders one right-to-left line right, but not a wrapped paragraph).
 */
async function textBlock(
  language: Language,
  value: string,
  style: { fontSize: number; fontWeight: number; color: string },
  maxWidth: number,
  fonts: FontSet,
): Promise<Element> {
  const lineStyle = { ...style, lineHeight: 1.15 };
  return LANGUAGES[language].dir === "rtl"
    ? rightToLeftParagraph(value, lineStyle, maxWidth, fonts, "center")
    : h(
        "div",
        {
          display: "block",
          ...lineStyle,
          textAlign: "center",
          textWrap: "balance",
          // Satori breaks lines where UAX #14 allows: Chinese between any two characters, but
          // never before a closing mark such as "，" or "」".
          maxWidth,
        },
        value,
      );
}

/**
 * A block of text laid out as the toolkit's images lay it out, alone, black on a white box
 * `width` pixels wide: tests compare it with a browser's rendering of the same text.
 *
 * @example await kitTextSvg("he", "1–7 בפברואר 2027", { fontSize: 104, fontWeight: 700 }, 1400)
 */
export async function kitTextSvg(
  language: Language,
  text: string,
  style: { fontSize: number; fontWeight: number },
  width: number,
): Promise<string> {
  const fonts = languageFonts(language, text);
  const height = Math.ceil(style.fontSize * 1.5);
  return layOutSvg(
    h(
      "div",
      {
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        width,
        height,
        backgroundColor: "#ffffff",
        fontFamily: fonts.family,
      },
      [await textBlock(language, text, { ...style, color: "#000000" }, width, fonts)],
    ),
    { width, height, fonts: fonts.fonts, what: `The text ${JSON.stringify(text)}` },
  );
}

async function kitImage(
  content: KitImageContent,
  format: KitImageFormat,
  fonts: FontSet,
): Promise<Element> {
  const { width, height } = KIT_IMAGE_FORMATS[format];
  const type = TYPE[format];
  const text = (fontSize: number, color: string, value: string, fontWeight = 700) =>
    textBlock(content.language, value, { fontSize, fontWeight, color }, width - 160, fonts);
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
      fontFamily: fonts.family,
      borderTop: `16px solid ${colors.accent}`,
      borderBottom: `16px solid ${colors.accent}`,
    },
    [
      networkMotif({}, type.motif),
      await text(type.name, colors.title, content.name),
      await text(type.dates, colors.accent, content.dates),
      await text(type.tagline, colors.lines, content.tagline, 400),
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
 * Lays one of the toolkit's images out as SVG, with the fonts of its language that its text
 * needs. Throws when the fonts lack a character of its text.
 *
 * @example await kitImageSvg(content, "story") // "<svg width=\"1080\" height=\"1920\" ..."
 */
async function kitImageSvg(content: KitImageContent, format: KitImageFormat): Promise<string> {
  const { width, height } = KIT_IMAGE_FORMATS[format];
  const { name, dates, tagline, hashtag } = content;
  const fonts = languageFonts(content.language, [name, dates, tagline, hashtag].join(""));
  return layOutSvg(await kitImage(content, format, fonts), {
    width,
    height,
    fonts: fonts.fonts,
    what: `The toolkit's ${format} image of ${JSON.stringify(content.dates)}`,
  });
}

/**
 * Draws one of the toolkit's images as a PNG, read from the card cache when an earlier build
 * drew the same one.
 *
 * @example await renderKitImage(content, "square") // a 1080×1080 PNG
 */
export async function renderKitImage(
  content: KitImageContent,
  format: KitImageFormat,
): Promise<Uint8Array<ArrayBuffer>> {
  return drawPng(await kitImageSvg(content, format));
}
