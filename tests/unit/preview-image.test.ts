import { inflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import {
  encodeIndexedPng,
  glyphsMissingFromFont,
  previewImageFonts,
  PREVIEW_IMAGE_FOOTER,
  PREVIEW_IMAGE_SITE_NAME,
  renderPreviewImage,
} from "../../src/lib/preview-image";
import { SECTION_PAGES, yearPage, type PageInfo } from "../../src/lib/site-pages";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_BYTES = 60 * 1024;

const pages: PageInfo[] = [...Object.values(SECTION_PAGES)];
for (let year = 2007; year <= 2036; year++) pages.push(yearPage(year));

/** Reads a PNG's signature and its IHDR chunk, which the format requires to come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("glyphsMissingFromFont", () => {
  test.each(pages.map((page) => [page.path, page] as const))(
    "finds every character of %s's title and image lines in the fonts",
    (_, page) => {
      expect(glyphsMissingFromFont([page.title, ...(page.imageLines ?? [])].join(""))).toEqual([]);
    },
  );

  test("finds the site name, the footer and the en dash of year ranges in the fonts", () => {
    expect(glyphsMissingFromFont(PREVIEW_IMAGE_SITE_NAME.toUpperCase())).toEqual([]);
    expect(glyphsMissingFromFont(PREVIEW_IMAGE_FOOTER)).toEqual([]);
    expect(glyphsMissingFromFont("–·")).toEqual([]);
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
    const png = await renderPreviewImage({ title: longest.title, lines: longest.imageLines });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  });

  test("draws a year's title and dates as a 1200×630 PNG under 60 KB", async () => {
    const page = yearPage(2027);
    const png = await renderPreviewImage({ title: page.title, lines: page.imageLines });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  });

  test("draws the same bytes every time", async () => {
    const content = { title: SECTION_PAGES.dates.title };
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
