/**
 * The Hebrew preview images and toolkit images read right to left, correctly: each line of a
 * Hebrew card or toolkit image, as they lay it out (satori, through `textLineSvg`), against Chromium's own rendering of the same
 * text with the same font files in a right-to-left page, the reference for the bidirectional
 * algorithm (Hebrew words from the right, Latin names and numbers left to right inside them,
 * the colon and dash where Hebrew puts them). The two are compared as shapes of ink: each
 * cropped to the ink it has, scaled to the same size, and the share of ink that differs measured.
 * A title that starts with the site's Latin name, rendered left to right (the mistake satori
 * makes by itself), must differ by far more, or the comparison could not tell.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeWithBrowser, launchBrowser } from "../helpers/browser";
import { kitTextSvg } from "../../src/lib/kit-images";
import { textLineSvg } from "../../src/lib/preview-image";
import { featuredToolkit } from "../../src/lib/toolkit";
import { languageFonts } from "../../src/lib/language-fonts";
import { sectionPage, yearPage } from "../../src/lib/site-pages";
import { stringsOf } from "../../src/i18n/languages";

const WIDTH = 2400;

/** The words of the Hebrew toolkit images for the week featured on 2026-11-25 (2027's). */
const KIT_IMAGE = featuredToolkit("he", "2026-11-25", (path) => `https://example.org${path}`).text
  .image;

/**
 * Lines of the Hebrew cards, each at the size and weight the card draws it in; `mixed` where the
 * line starts with Latin letters, so that left to right would put its words in another order.
 */
const LINES: readonly {
  text: string;
  fontSize: number;
  fontWeight: 400 | 700;
  mixed: boolean;
  /** A line of the toolkit's images (kit-images.ts), at its size in the square image. */
  kit?: boolean;
}[] = [
  { text: yearPage(2027, "he").title, fontSize: 64, fontWeight: 700, mixed: true },
  { text: sectionPage("home", "he").title, fontSize: 48, fontWeight: 700, mixed: true },
  { text: yearPage(2026, "he").imageLines![0]!, fontSize: 34, fontWeight: 400, mixed: false },
  { text: stringsOf("he").site.imageFooter, fontSize: 26, fontWeight: 400, mixed: false },
  { text: KIT_IMAGE.dates, fontSize: 104, fontWeight: 700, mixed: true, kit: true },
  { text: KIT_IMAGE.tagline, fontSize: 36, fontWeight: 400, mixed: false, kit: true },
];

/**
 * The most of its ink a line may differ by from Chromium's (anti-aliasing, hinting: 0.06 to 0.15
 * here); a line with its words in another order differs by 0.4 or more.
 */
const SAME_SHAPES = 0.2;

/**
 * Ink (0 to 1, black on white) of a PNG, cropped to where there is any, at `size` if given, and
 * blurred by a few pixels: two renderers place a stroke a pixel or two apart and round its edges
 * their own way, which is not what the comparison is about; a word in another place is.
 */
async function ink(
  png: Buffer,
  blur: number,
  size?: { width: number; height: number },
): Promise<{ width: number; height: number; values: Float64Array }> {
  const trimmed = await sharp(png)
    .flatten({ background: "#ffffff" })
    .grayscale()
    .trim({ background: "#ffffff", threshold: 40 })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = trimmed.info;
  const raw = await sharp(trimmed.data)
    .resize({ ...(size ?? { width, height }), fit: "fill" })
    .blur(blur)
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { ...(size ?? { width, height }), values: Float64Array.from(raw, (v) => 1 - v / 255) };
}

/**
 * The share of two renderings' ink that differs, once both are cropped, of one size, and blurred
 * by a tenth of the font size: less than a letter's stroke, far less than a word.
 */
async function difference(ours: Buffer, reference: Buffer, fontSize: number): Promise<number> {
  const blur = fontSize / 10;
  const expected = await ink(reference, blur);
  const actual = await ink(ours, blur, expected);
  let differing = 0;
  let total = 0;
  for (let index = 0; index < expected.values.length; index++) {
    differing += Math.abs(expected.values[index]! - actual.values[index]!);
    total += Math.max(expected.values[index]!, actual.values[index]!);
  }
  return differing / total;
}

describeWithBrowser("the Hebrew preview images, against Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: WIDTH, height: 200 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Chromium's rendering of a line, with the card's font files, in a page of that direction. */
  async function chromium(
    { text, fontSize, fontWeight }: (typeof LINES)[number],
    dir: "rtl" | "ltr",
  ): Promise<Buffer> {
    const { fonts, family } = languageFonts("he", text);
    const faces = fonts
      .map(
        (font) =>
          `@font-face { font-family: "${font.name}"; font-weight: ${font.weight}; src: url(data:font/woff;base64,${font.data.toString("base64")}) format("woff"); }`,
      )
      .join("\n");
    const height = Math.ceil(fontSize * 1.5);
    await page.setContent(
      `<!doctype html><html lang="he" dir="${dir}"><style>${faces}
      body { margin: 0; background: #fff; color: #000; }
      p { margin: 0; width: ${WIDTH}px; height: ${height}px; white-space: pre; text-align: start;
          font: ${fontWeight} ${fontSize}px/1.5 ${family
            .split(", ")
            .map((name) => `"${name}"`)
            .join(", ")}; }
      </style><p></p></html>`,
    );
    await page.locator("p").evaluate((element, line) => (element.textContent = line), text);
    await page.evaluate(() => document.fonts.ready);
    return page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height } });
  }

  test.each(LINES.map((line) => [line.text, line] as const))(
    "%s reads as Chromium lays it out right to left",
    async (_, line) => {
      const svg = line.kit
        ? await kitTextSvg("he", line.text, line, WIDTH)
        : await textLineSvg("he", line.text, line, WIDTH);
      const ours = Buffer.from(new Resvg(svg).render().asPng());
      const rightToLeft = await difference(ours, await chromium(line, "rtl"), line.fontSize);
      expect(rightToLeft, "differs from Chromium's right-to-left rendering").toBeLessThan(
        SAME_SHAPES,
      );
      if (line.mixed) {
        const leftToRight = await difference(ours, await chromium(line, "ltr"), line.fontSize);
        expect(leftToRight, "differs from a left-to-right rendering").toBeGreaterThan(
          1.5 * SAME_SHAPES,
        );
      }
    },
  );
});
