import { readdirSync, rmSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import {
  previewImageFonts,
  previewImageSvg,
  renderPreviewImage,
  CARD_CACHE,
} from "../../src/lib/preview-image";
import { sectionPage, sitePages, yearPage } from "../../src/lib/site-pages";
import { LANGUAGE_CODES, stringsOf } from "../../src/i18n/languages";

const MAX_BYTES = 60 * 1024;

// Every language's pages on a day whose listed years run 2007 to 2036, with its image footer.
const pages = LANGUAGE_CODES.flatMap((language) =>
  sitePages(language, "2026-11-25").map((page) => ({
    ...page,
    language,
    footer: stringsOf(language).site.imageFooter,
  })),
);

/** The format and size that a PNG decoder (libvips, in sharp) reads from an image. */
async function pngInfo(
  png: Uint8Array,
): Promise<{ format?: string; width: number; height: number }> {
  const { format, width, height } = await sharp(png).metadata();
  return { format, width, height };
}

/** The colour of one pixel of a PNG, as "#rrggbb". */
async function pixel(png: Uint8Array, x: number, y: number): Promise<string> {
  const rgb = await sharp(png)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .removeAlpha()
    .raw()
    .toBuffer();
  return `#${rgb.toString("hex")}`;
}

// Laying the cards out is what finds missing characters; drawing all of them is the build's job.
describe("previewImageSvg", () => {
  test.each(pages.map((page) => [page.language, page.path, page] as const))(
    "lays out the %s %s page's title, image lines and footer with the card's fonts",
    async (_, __, page) => {
      const content = { title: page.title, lines: page.imageLines, footer: page.footer };
      await expect(previewImageSvg(content)).resolves.toMatch(/^<svg/);
    },
  );

  test("lays out the en dash of year ranges and the accents and quotes of every language", async () => {
    const content = { title: "áéíóúñüçãõâêôàèìòùëïœßÄÖÜÉÈÀ", footer: "2007–2036 · «»„“”’" };
    await expect(previewImageSvg(content)).resolves.toMatch(/^<svg/);
  });

  test("fails on a character the fonts lack, naming it and its code point", async () => {
    await expect(previewImageSvg({ title: "Networking 漢", footer: "" })).rejects.toThrow(
      'The preview image titled "Networking 漢" cannot be drawn: its fonts lack "漢" (U+6F22).',
    );
  });

  test("fails on Latin letters outside Inter's latin subset and on emoji, in any line", async () => {
    const content = { title: "Kőszeg", lines: ["Łódź"], footer: "🙂" };
    await expect(previewImageSvg(content)).rejects.toThrow(
      'its fonts lack "őŁź" (U+0151 U+0141 U+017A), "🙂" (U+1F642)',
    );
  });

  test("loads Inter 400 and 700 once", () => {
    expect(previewImageFonts().map((font) => font.weight)).toEqual([400, 700]);
    expect(previewImageFonts()).toBe(previewImageFonts());
  });
});

describe("renderPreviewImage", () => {
  const longest = pages.reduce((a, b) => (b.title.length > a.title.length ? b : a));

  test("draws the longest title as a 1200×630 PNG under 60 KB", async () => {
    const png = await renderPreviewImage({
      title: longest.title,
      lines: longest.imageLines,
      footer: longest.footer,
    });
    expect(await pngInfo(png)).toEqual({ format: "png", width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  });

  test("draws a year's title and dates as a 1200×630 PNG under 60 KB", async () => {
    const page = yearPage(2027, "pt");
    const png = await renderPreviewImage({
      title: page.title,
      lines: page.imageLines,
      footer: stringsOf("pt").site.imageFooter,
    });
    expect(await pngInfo(png)).toEqual({ format: "png", width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  });

  test("keeps the card's exact colours: the accent bar and the background", async () => {
    const png = await renderPreviewImage({ title: "History", footer: "Since 2007" });
    expect(await pixel(png, 0, 300)).toBe("#2ec4b6");
    expect(await pixel(png, 40, 300)).toBe("#0b2545");
  });

  test("draws the same bytes every time, and keeps them for the next build to read", async () => {
    const content = { title: sectionPage("dates", "de").title, footer: "Februar · 2007" };
    rmSync(CARD_CACHE, { recursive: true, force: true });
    const first = await renderPreviewImage(content);
    expect(readdirSync(CARD_CACHE)).toHaveLength(1);
    rmSync(CARD_CACHE, { recursive: true, force: true });
    expect(await renderPreviewImage(content)).toEqual(first);
    expect(await renderPreviewImage(content)).toEqual(first);
    expect(await renderPreviewImage({ ...content, footer: "Februar · 2008" })).not.toEqual(first);
    expect(readdirSync(CARD_CACHE)).toHaveLength(2);
  });
});
