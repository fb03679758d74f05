import { inflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  encodeIndexedPng,
  glyphsMissingFromFont,
  previewImageFonts,
  PREVIEW_IMAGE_SITE_NAME,
  renderPreviewImage,
} from "../../src/lib/preview-image";
import { sectionPage, sitePages, yearPage } from "../../src/lib/site-pages";
import { LANGUAGE_CODES, stringsOf } from "../../src/i18n/languages";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_BYTES = 60 * 1024;

// Every language's pages on a day whose listed years run 2007 to 2036, with its image footer.
const pages = LANGUAGE_CODES.flatMap((language) =>
  sitePages(language, "2026-11-25").map((page) => ({
    ...page,
    language,
    footer: stringsOf(language).site.imageFooter,
  })),
);

/** Reads a PNG's signature and its IHDR chunk, which the format requires to come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("glyphsMissingFromFont", () => {
  test.each(pages.map((page) => [page.language, page.path, page] as const))(
    "finds every character of the %s %s page's title, image lines and footer in the fonts",
    (_, __, page) => {
      const text = [page.title, ...(page.imageLines ?? []), page.footer].join("");
      expect(glyphsMissingFromFont(text)).toEqual([]);
    },
  );

  test("finds the site name, the en dash of year ranges and the accents of every language", () => {
    expect(glyphsMissingFromFont(PREVIEW_IMAGE_SITE_NAME.toUpperCase())).toEqual([]);
    expect(glyphsMissingFromFont("–·")).toEqual([]);
    expect(glyphsMissingFromFont("áéíóúñüçãõâêôàèìòùëïœßÄÖÜÉÈÀ«»„“”’")).toEqual([]);
  });

  test("reports characters the fonts lack, each once, in order", () => {
    expect(glyphsMissingFromFont("Networking 漢 week 🙂 漢")).toEqual(["漢", "🙂"]);
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
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  });

  test("draws a year's title and dates as a 1200×630 PNG under 60 KB", async () => {
    const page = yearPage(2027, "pt");
    const png = await renderPreviewImage({
      title: page.title,
      lines: page.imageLines,
      footer: stringsOf("pt").site.imageFooter,
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  });

  test("draws the same bytes every time", async () => {
    const content = { title: sectionPage("dates", "de").title, footer: "Februar · 2007" };
    expect(await renderPreviewImage(content)).toEqual(await renderPreviewImage(content));
  });
});

/** Decodes an indexed PNG of filter-0 rows back to RGBA, reading its chunks by hand. */
function decodeIndexedPng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const { width, height } = pngSize(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let palette: Uint8Array = new Uint8Array(0);
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") expect([...data.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
    if (type === "PLTE") palette = data;
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      rgba.set([...palette.subarray(index * 3, index * 3 + 3), 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

describe("encodeIndexedPng", () => {
  test("encodes opaque pixels of up to 256 colours without loss", () => {
    const width = 16;
    const height = 16;
    const rgba = new Uint8Array(width * height * 4);
    for (let pixel = 0; pixel < width * height; pixel++) {
      rgba.set([pixel, 255 - pixel, (pixel * 7) % 256, 255], pixel * 4);
    }
    const png = encodeIndexedPng(rgba, width, height);
    expect(png).toBeDefined();
    expect(decodeIndexedPng(png!)).toEqual({ width, height, rgba });
  });

  test("declines pixels of more than 256 colours, or not fully opaque", () => {
    const many = new Uint8Array(257 * 4);
    for (let pixel = 0; pixel < 257; pixel++)
      many.set([pixel % 256, pixel >> 8, 0, 255], pixel * 4);
    expect(encodeIndexedPng(many, 257, 1)).toBeUndefined();
    expect(encodeIndexedPng(new Uint8Array([0, 0, 0, 128]), 1, 1)).toBeUndefined();
  });
});
