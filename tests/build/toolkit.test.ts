/**
 * The toolkit as a build publishes it, in every language, for the week featured on the build's
 * day (2027's on 2026-11-25, 2028's once 2027's is over): its page and the links to it, its images
 * decoded by libvips (sharp), its posters read by PDF.js (Mozilla's reader, not PDFKit, which
 * wrote them), its badge, and its cache rules.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { builtSite, readBuilt } from "../helpers/build";
import { oracleWeek } from "../helpers/oracle";
import { loadPage } from "../helpers/site";
import { formatWeekRange } from "../../src/lib/format";
import { dateWordsOf } from "../../src/i18n/context";
import {
  LANGUAGES,
  LANGUAGE_CODES,
  localizedPath,
  stringsOf,
  type Language,
} from "../../src/i18n/languages";

const dir = builtSite("default");
const ORIGIN = "http://localhost:4321";
const MAX_PNG_BYTES = 150 * 1024;
const MAX_PDF_BYTES = 200 * 1024;

/** Paper sizes in points, from ISO 216 and ANSI: what a PDF reader must find. */
const PAPER_POINTS = { a4: [595.28, 841.89], letter: [612, 792] } as const;
const IMAGE_PIXELS = { square: [1080, 1080], story: [1080, 1920], landscape: [1200, 627] } as const;

/** The built file of a link on a page of the default build (which is at the site's root). */
function builtFile(href: string): string {
  return join(dir, decodeURIComponent(new URL(href, ORIGIN).pathname));
}

/**
 * The dates as a PDF reader finds them on a poster's line: in a right-to-left language, PDF.js
 * gives the words in the order they stand on the page, left to right, each Hebrew word in reading
 * order and a range of days as its glyphs stand ("1–7" drawn from the right: "7–1"), the way
 * Chromium draws "1–7 בפברואר 2027" in a right-to-left line.
 */
function datesAsDrawn(dates: string, language: Language): string {
  if (LANGUAGES[language].dir === "ltr") return dates;
  return dates
    .split(" ")
    .toReversed()
    .map((word) => (/^\d+–\d+$/.test(word) ? [...word].toReversed().join("") : word))
    .join(" ");
}

/** The text of every page of a PDF, as PDF.js extracts it, and each page's size. */
async function readPdf(path: string): Promise<{ pages: { size: number[]; text: string }[] }> {
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 });
  const pdf = await task.promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    // PDF.js splits a line where the writer adjusts its spacing, and marks where a line ends.
    const text = content.items
      .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
      .join("");
    pages.push({ size: [width!, height!], text: text.replace(/\s+/g, " ") });
  }
  await task.destroy();
  return { pages };
}

describe.each(LANGUAGE_CODES)("the %s toolkit of a build for 2026-11-25", (language: Language) => {
  const path = localizedPath(language, "/toolkit/");
  const $ = loadPage(dir, path);
  const { toolkit } = stringsOf(language);
  const dates = formatWeekRange(oracleWeek(2027), "whole", dateWordsOf(language));

  test("is a page for 2027's week, listed in the sitemap", () => {
    expect($("h1").text()).toContain("2027");
    expect($(".lead").text()).toContain(dates);
    expect(readBuilt(dir, "sitemap-0.xml")).toContain(`<loc>${ORIGIN}${path}</loc>`);
  });

  test("is linked from the menu, the home page, the observe page and a year page", () => {
    for (const from of ["/", "/observe/", "/2015/", "/dates/"]) {
      const page = loadPage(dir, localizedPath(language, from));
      expect(page(`a[href="${path}"]`).length, from).toBeGreaterThan(0);
    }
    const menu = loadPage(dir, localizedPath(language, "/dates/"))("header nav a");
    expect(menu.last().attr("href")).toBe(path);
    expect(menu.last().text().trim()).toBe(toolkit.nav);
  });

  test("shows each post as plain text in the HTML, with a copy button for it", () => {
    for (const id of ["post-linkedin", "post-x", "post-short"]) {
      const text = $(`pre#${id}`).text();
      expect(text, id).toContain(dates);
      expect(text, id).toContain("#InternationalNetworkingWeek");
      expect(text, id).toContain(`${ORIGIN}${localizedPath(language, "/2027/")}`);
      expect($(`button[data-copy-from="${id}"]`).length, id).toBe(1);
    }
  });

  test("says LinkedIn's link carries no text, and puts copying before sharing", () => {
    const steps = $("#posts").parent().find("ol li");
    expect(steps.length).toBe(2);
    expect(steps.eq(1).find('a[href^="https://www.linkedin.com/"]').length).toBe(1);
    expect(steps.eq(0).find("a").length).toBe(0);
  });

  test("opens the invitation in a mail program with the subject and body shown on the page", () => {
    const href = $('a[href^="mailto:"]').attr("href")!;
    const query = new URLSearchParams(href.slice("mailto:?".length).replace(/\+/g, "%2B"));
    expect(query.get("subject")).toBe($("#invitation-subject").text());
    expect(query.get("body")!.replace(/\r\n/g, "\n")).toBe($("#invitation-body").text());
  });

  test("offers three PNG images of the stated size, each under 150 KB", async () => {
    const links = $("#images ~ ul a[download]");
    expect(links.length).toBe(3);
    for (const [index, [format, [width, height]]] of Object.entries(IMAGE_PIXELS).entries()) {
      const link = links.eq(index);
      const file = builtFile(link.attr("href")!);
      expect(file, format).toContain(`2027-${format}.png`);
      const metadata = await sharp(file).metadata();
      expect([metadata.format, metadata.width, metadata.height], format).toEqual([
        "png",
        width,
        height,
      ]);
      const bytes = statSync(file).size;
      expect(bytes, format).toBeLessThanOrEqual(MAX_PNG_BYTES);
      expect(link.text(), format).toContain(`${width}×${height}`);
      expect(link.text(), format).toContain(String(Math.round(bytes / 1000)));
    }
  });

  test("offers one-page posters in A4 and US Letter with the dates in their text, subsets of fonts embedded, each under 200 KB", async () => {
    const links = $("#poster ~ ul a[download]");
    expect(links.length).toBe(2);
    for (const [index, [paper, size]] of Object.entries(PAPER_POINTS).entries()) {
      const file = builtFile(links.eq(index).attr("href")!);
      expect(file, paper).toContain(`2027-poster-${paper}.pdf`);
      const bytes = readFileSync(file);
      expect(bytes.length, paper).toBeLessThanOrEqual(MAX_PDF_BYTES);
      expect(links.eq(index).text(), paper).toContain(String(Math.round(bytes.length / 1000)));
      const { pages } = await readPdf(file);
      expect(pages.length, paper).toBe(1);
      expect(pages[0]!.size[0]).toBeCloseTo(size[0], 1);
      expect(pages[0]!.size[1]).toBeCloseTo(size[1], 1);
      expect(pages[0]!.text, paper).toContain(datesAsDrawn(dates, language));
      expect(pages[0]!.text, paper).toContain("International Networking Week");
      for (const label of [toolkit.poster.what, toolkit.poster.where, toolkit.poster.when]) {
        expect(pages[0]!.text, paper).toContain(label);
      }
      // Every font a subset ("ABCDEF+Name") with its file inside the PDF: none left to the reader.
      const raw = bytes.toString("latin1");
      const fonts = [...raw.matchAll(/\/FontName \/([^\s/]+)/g)].map((match) => match[1]);
      expect(fonts.length, paper).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+/);
      expect(raw.match(/\/FontFile2? /g)?.length, paper).toBe(fonts.length);
    }
  });

  test("shows the badge and the code to embed it, with alt text and a link back", () => {
    const code = load($("#badge-code").text());
    expect(code("a").attr("href")).toBe(`${ORIGIN}${localizedPath(language, "/")}`);
    expect(code("a img").attr("src")).toBe(`${ORIGIN}${localizedPath(language, "/badge.svg")}`);
    expect(code("a img").attr("alt")).toBe(toolkit.badge.alt);
    const badge = readBuilt(dir, localizedPath(language, "/badge.svg").slice(1));
    expect(badge).toContain(`<title id="badge-title">`);
    expect(badge).toContain(dates);
    expect(Buffer.byteLength(badge)).toBeLessThan(4096);
    // The reader's browser orders the words and picks fonts by these.
    const { tag, dir: direction } = LANGUAGES[language];
    expect(badge).toMatch(new RegExp(`^<svg [^>]*xml:lang="${tag}" direction="${direction}"`));
  });

  test("cites the articles its plan and its line for BNI members rest on", () => {
    const cited = $("#plan")
      .parent()
      .find("a[href]")
      .map((_, element) => $(element).attr("href"))
      .get();
    expect(cited).toEqual(
      expect.arrayContaining([
        "https://bniblog.co.nz/?p=5203",
        "https://bniblog.co.nz/be-inspired/40-visitors-massive-turnout-for-nz-networking-week-at-bni-larnach",
        "https://ivanmisner.com/tag/bniinw20/",
        "https://issuu.com/bnitrustedprofessionalsofsarasota/docs/bni_social_media_and_web_content_gu",
      ]),
    );
  });
});

describe("the toolkit's files across builds", () => {
  test("follow the featured week: 2028's once 2027's is over", () => {
    const after = builtSite("2027-02-08");
    expect(existsSync(join(after, "kit/international-networking-week-2028-square.png"))).toBe(true);
    expect(existsSync(join(after, "kit/international-networking-week-2027-square.png"))).toBe(
      false,
    );
    expect(readBuilt(after, "badge.svg")).toContain("7–13 February 2028");
    expect(readBuilt(builtSite("2027-02-07"), "badge.svg")).toContain("1–7 February 2027");
  });

  test("are cached by rules of their own in _headers: the badge for an hour", () => {
    const headers = readBuilt(dir, "_headers");
    expect(headers).toMatch(/^\/badge\.svg\n {2}Cache-Control: public, max-age=3600$/m);
    expect(headers).toMatch(/^\/\*\/badge\.svg\n {2}Cache-Control: public, max-age=3600$/m);
    expect(headers).toMatch(/^\/kit\/\*\n {2}Cache-Control: public, max-age=86400$/m);
  });
});
