import { readdirSync, rmSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { previewImageSvg, renderPreviewImage, CARD_CACHE } from "../../src/lib/preview-image";
import { languageFonts } from "../../src/lib/language-fonts";
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
      const content = {
        language: page.language,
        title: page.title,
        lines: page.imageLines,
        footer: page.footer,
      };
      await expect(previewImageSvg(content)).resolves.toMatch(/^<svg/);
    },
  );

  test("lays out the en dash of year ranges and the accents and quotes of every language", async () => {
    const content = {
      language: "en" as const,
      title: "áéíóúñüçãõâêôàèìòùëïœßÄÖÜÉÈÀ",
      footer: "2007–2036 · «»„“”’",
    };
    await expect(previewImageSvg(content)).resolves.toMatch(/^<svg/);
  });

  test("fails on a character the fonts lack, naming it and its code point", async () => {
    await expect(
      previewImageSvg({ language: "en", title: "Networking 漢", footer: "" }),
    ).rejects.toThrow(
      'The preview image titled "Networking 漢" cannot be drawn: its fonts lack "漢" (U+6F22).',
    );
  });

  test("fails on Latin letters outside Inter's latin subset and on emoji, in any line", async () => {
    const content = { language: "en" as const, title: "Kőszeg", lines: ["Łódź"], footer: "🙂" };
    await expect(previewImageSvg(content)).rejects.toThrow(
      'its fonts lack "őŁź" (U+0151 U+0141 U+017A), "🙂" (U+1F642)',
    );
  });

  test("fails on a Chinese character the Hebrew card's fonts lack", async () => {
    await expect(previewImageSvg({ language: "he", title: "שבוע 漢", footer: "" })).rejects.toThrow(
      'its fonts lack "漢" (U+6F22)',
    );
  });
});

describe("languageFonts", () => {
  test("draws a Latin-script language with Inter's Latin subset, 400 and 700, read once", () => {
    const { fonts, family } = languageFonts("de", "Größe 2027 · „Woche“");
    expect(fonts.map((font) => `${font.name} ${font.weight}`)).toEqual([
      "Inter latin 400",
      "Inter latin 700",
    ]);
    expect(family).toBe("Inter latin");
    expect(languageFonts("fr", "Février").fonts).toBe(fonts);
  });

  test("adds the Hebrew subset for Hebrew letters, after Inter", () => {
    expect(languageFonts("he", "שבוע 2027").family).toBe("Inter latin, Noto Sans Hebrew hebrew");
  });

  test("loads only the slices of Noto Sans TC that hold the text's characters", () => {
    const { fonts, family } = languageFonts("zh-hant", "International Networking Week：日期、歷史");
    const slices = family.split(", ").filter((name) => name.startsWith("Noto Sans TC"));
    // Seven characters, each in one of about a hundred slices, and no slice twice.
    expect(slices.length).toBeGreaterThan(0);
    expect(slices.length).toBeLessThanOrEqual(7);
    expect(new Set(slices).size).toBe(slices.length);
    for (const font of fonts) expect(font.file).toMatch(/\.woff$/);
    // Each slice is a small file, not the whole font.
    expect(Math.max(...fonts.map((font) => font.data.length))).toBeLessThan(200 * 1024);
  });

  test("leaves out a character no font of the language has, for satori to report", () => {
    expect(languageFonts("en", "漢").fonts).toEqual([]);
  });
});

describe("renderPreviewImage", () => {
  const longest = pages.reduce((a, b) => (b.title.length > a.title.length ? b : a));

  test("draws the longest title as a 1200×630 PNG under 60 KB", async () => {
    const png = await renderPreviewImage({
      language: longest.language,
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
      language: "pt",
      title: page.title,
      lines: page.imageLines,
      footer: stringsOf("pt").site.imageFooter,
    });
    expect(await pngInfo(png)).toEqual({ format: "png", width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  });

  test("keeps the card's exact colours: the accent bar and the background", async () => {
    const png = await renderPreviewImage({
      language: "en",
      title: "History",
      footer: "Since 2007",
    });
    expect(await pixel(png, 0, 300)).toBe("#2ec4b6");
    expect(await pixel(png, 40, 300)).toBe("#0b2545");
  });

  test("mirrors a right-to-left card: the accent bar on the right, the motif on the left", async () => {
    const page = yearPage(2027, "he");
    const png = await renderPreviewImage({
      language: "he",
      title: page.title,
      lines: page.imageLines,
      footer: stringsOf("he").site.imageFooter,
    });
    expect(await pixel(png, 1199, 300)).toBe("#2ec4b6");
    expect(await pixel(png, 0, 300)).toBe("#0b2545");
    // The motif's filled node, 72 px from the left edge instead of the right.
    expect(await pixel(png, 1200 - 72 - 240 + 116, 40 + 84)).not.toBe("#2ec4b6");
    expect(await pixel(png, 72 + 116, 40 + 84)).toBe("#2ec4b6");
  });

  test("draws the same bytes every time, and keeps them for the next build to read", async () => {
    const content = {
      language: "de" as const,
      title: sectionPage("dates", "de").title,
      footer: "Februar · 2007",
    };
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
