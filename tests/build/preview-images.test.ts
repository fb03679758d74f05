import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { builtSite } from "../helpers/build";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_BYTES = 60 * 1024;

const dir = builtSite("default");

/** Reads a PNG's signature and the width and height of its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe("IHDR");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("the preview images of a build for 2026-11-25", () => {
  test.each(["og/home.png", "og/dates.png", "og/2027.png"])(
    "%s is a 1200×630 PNG under 60 KB",
    (path) => {
      const png = readFileSync(join(dir, path));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThan(MAX_BYTES);
    },
  );

  test("there is one per section page, one for the toolkit and one per listed year, 2007 to 2036", () => {
    const images = readdirSync(join(dir, "og")).filter((name) => name.endsWith(".png"));
    // Home, dates, history, themes, observe, FAQ and toolkit, and each year.
    expect(images).toHaveLength(7 + (2036 - 2007 + 1));
    for (const name of images) {
      expect(readFileSync(join(dir, "og", name)).length, name).toBeLessThan(MAX_BYTES);
    }
  });
});
