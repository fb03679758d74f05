import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import sax from "sax";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { BADGE_HEIGHT, BADGE_WIDTH, badgeSvg, estimatedWidth } from "../../src/lib/badge";
import { addDaysTo, weekOfYear } from "../../src/lib/dates";
import { mailtoLink } from "../../src/lib/mailto";
import {
  KIT_IMAGE_FORMATS,
  KIT_IMAGE_FORMAT_NAMES,
  renderKitImage,
} from "../../src/lib/kit-images";
import { renderPoster } from "../../src/lib/poster";
import { formatFileSize, kitFilePath, postLinks, toolkitText } from "../../src/lib/toolkit";
import { X_MAX_LENGTH, xPostLength } from "../../src/lib/x-length";
import { formatWeekRange } from "../../src/lib/format";
import { dateWordsOf } from "../../src/i18n/context";
import { LANGUAGE_CODES } from "../../src/i18n/languages";
import { oracleWeek } from "../helpers/oracle";

/** A long address, to show that X counts any link as 23 whatever its length. */
const WEEK_URL = "https://networking-week.example.org/a-long-path/to/the/week/2027/";
const SITE_URL = "https://networking-week.example.org/";

/** The years whose dates are the longest to write in some language (1 February, a Monday: "1er", "1º"). */
const YEARS = [2027, 2028, 2030, 2031, 2032, 2033];

const cases = LANGUAGE_CODES.flatMap((language) => YEARS.map((year) => [language, year] as const));

function textOf(language: (typeof LANGUAGE_CODES)[number], year: number) {
  return toolkitText(language, weekOfYear(year), {
    weekUrl: WEEK_URL,
    siteUrl: SITE_URL,
    today: "2026-11-25",
  });
}

/**
 * A text's length with a Chinese character or full-width mark counted as two, as X counts them
 * (and as they take the room of about two Latin letters).
 */
function weightedLength(text: string): number {
  return [...text].reduce(
    (length, character) =>
      length + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(character) ? 2 : 1),
    0,
  );
}

describe("xPostLength", () => {
  test("counts a link as 23 whatever its length, and the rest one per character", () => {
    expect(xPostLength(`${"a".repeat(256)} ${WEEK_URL}`)).toBe(256 + 1 + 23);
    expect(xPostLength("http://x.co")).toBe(23);
  });

  test("counts Latin letters with accents, the en dash and curly quotes as 1, CJK and emoji as 2", () => {
    expect(xPostLength("ñéüß–“”’«»")).toBe(10);
    expect(xPostLength("國際")).toBe(4);
    expect(xPostLength("🙂")).toBe(2);
    // U+2026 is outside X's light ranges.
    expect(xPostLength("…")).toBe(2);
  });

  test("counts a decomposed accent as one character (normal form C)", () => {
    expect(xPostLength("e\u0301")).toBe(1);
  });
});

describe.each(cases)("the %s toolkit for %i", (language, year) => {
  const text = textOf(language, year);

  test("has an X text within X's 280 characters, the link counted as 23", () => {
    expect(xPostLength(text.posts.x)).toBeLessThanOrEqual(X_MAX_LENGTH);
    // The count an independent reading gives: the text without its link, plus 23.
    const withoutLink = text.posts.x.replace(WEEK_URL, "");
    expect(weightedLength(withoutLink.normalize("NFC")) + 23).toBe(xPostLength(text.posts.x));
  });

  test("gives each post the week's dates, the hashtag and the week's link", () => {
    const dates = formatWeekRange(oracleWeek(year), "whole", dateWordsOf(language));
    for (const post of Object.values(text.posts)) {
      expect(post).toContain(dates);
      expect(post).toContain("#InternationalNetworkingWeek");
      expect(post).toContain(WEEK_URL);
    }
  });

  test("has a LinkedIn text long enough to say something, and a short text shorter than the X one", () => {
    expect(weightedLength(text.posts.linkedin)).toBeGreaterThan(400);
    expect(text.posts.short.length).toBeLessThan(text.posts.x.length);
  });

  test("has a mailto: link that decodes back to the invitation's subject and body", () => {
    const link = mailtoLink(text.invitation);
    const url = new URL(link);
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("");
    const parameters = Object.fromEntries(
      url.search
        .slice(1)
        .split("&")
        .map((pair) => pair.split("=").map(decodeURIComponent)),
    );
    expect(Object.keys(parameters)).toEqual(["subject", "body"]);
    expect(parameters.subject).toBe(text.invitation.subject);
    // RFC 6068: line breaks travel as CRLF.
    expect(parameters.body).toBe(text.invitation.body.replace(/\n/g, "\r\n"));
    expect(link).not.toMatch(/[ +\n]/);
  });

  test("leaves placeholders for the organiser in the invitation, and none of the site's", () => {
    expect(text.invitation.body).toMatch(/\[[^\]]+\]/);
    expect(`${text.invitation.subject}${text.invitation.body}`).not.toMatch(/\{\w+\}/);
  });

  test("plans three, two and one week ahead, the week, and the week after, each from a Monday", () => {
    const week = weekOfYear(year);
    expect(text.plan.map((step) => step.date)).toEqual(
      [-21, -14, -7, 0, 7].map((days) => addDaysTo(week.start, days)),
    );
    for (const step of text.plan) expect(new Date(`${step.date}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  test("cites BNI New Zealand's posts and the 2020 thank-yous, and nothing else, in the plan", () => {
    const cited = text.plan.flatMap((step) => step.items.flatMap((item) => item.source ?? []));
    expect(cited).toEqual(["bniNewZealandLarnach", "bniNewZealandBlog", "misnerInw2020"]);
  });

  test("draws a badge that is valid XML, with a <title>, no script and no outside reference, under 4 KB", () => {
    const svg = badgeSvg(text.badge);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(4096);
    const elements: string[] = [];
    const attributes: string[] = [];
    let title = "";
    let inTitle = false;
    const parser = sax.parser(true, { xmlns: true });
    parser.onerror = (error) => {
      throw error;
    };
    parser.onopentag = (tag) => {
      elements.push(tag.name);
      inTitle = tag.name === "title";
      for (const attribute of Object.values(tag.attributes)) {
        attributes.push(`${attribute.name}=${String(attribute.value)}`);
      }
    };
    parser.ontext = (value) => {
      if (inTitle) title += value;
    };
    parser.onclosetag = () => {
      inTitle = false;
    };
    parser.write(svg).close();
    expect(elements[0]).toBe("svg");
    expect(elements).toContain("title");
    expect(title).toContain(text.badge.dates);
    expect(elements).not.toContain("script");
    expect(elements).not.toContain("foreignObject");
    expect(attributes).toContain(`width=${BADGE_WIDTH}`);
    expect(attributes).toContain(`height=${BADGE_HEIGHT}`);
    // No href of any kind, no url(), no address but the SVG namespace.
    expect(attributes.filter((attribute) => /href|^on/i.test(attribute))).toEqual([]);
    expect(svg.replaceAll("http://www.w3.org/2000/svg", "")).not.toMatch(/url\(|https?:|\/\//);
  });
});

describe("the badge", () => {
  test("fits each line across its 300 pixels, shrinking a long one", () => {
    const svg = badgeSvg({
      ...textOf("pt", 2027).badge,
      dates: "1º–7 de fevereiro de 2027 e mais um texto bem comprido",
    });
    for (const [, size, line] of svg.matchAll(/font-size="([\d.]+)"[^>]*>([^<]+)</g)) {
      expect(estimatedWidth(line!) * Number(size), line).toBeLessThanOrEqual(BADGE_WIDTH - 24);
    }
  });

  test("counts a wide character as a full em", () => {
    expect(estimatedWidth("國際")).toBe(2);
    expect(estimatedWidth("Ab 1")).toBeCloseTo(0.72 + 0.58 + 0.3 + 0.72);
  });

  test("stops on an empty line, naming it", () => {
    expect(() => badgeSvg({ ...textOf("en", 2027).badge, dates: " " })).toThrow(
      "The badge's dates is empty",
    );
  });

  test("escapes text that would break its XML", () => {
    expect(badgeSvg({ ...textOf("en", 2027).badge, name: `A & B <"c">` })).toContain(
      "A &amp; B &lt;&quot;c&quot;&gt;",
    );
  });
});

describe("mailtoLink", () => {
  test("encodes a space as %20, never +, and a plus sign as %2B", () => {
    expect(mailtoLink({ subject: "a b+c", body: "x" })).toBe("mailto:?subject=a%20b%2Bc&body=x");
  });

  test.each([
    ["", "a body"],
    ["two\nlines", "a body"],
  ])("rejects the subject %j, naming it", (subject, body) => {
    expect(() => mailtoLink({ subject, body })).toThrow(
      `Invalid e-mail subject ${JSON.stringify(subject)}`,
    );
  });
});

describe("postLinks", () => {
  const text = textOf("en", 2027);
  const links = postLinks(text.posts, WEEK_URL);

  test("gives X and WhatsApp the whole text, LinkedIn and Facebook only the address", () => {
    expect(new URL(links.x).searchParams.get("text")).toBe(text.posts.x);
    expect(new URL(links.whatsapp).searchParams.get("text")).toBe(text.posts.short);
    expect(new URL(links.linkedin).searchParams.get("url")).toBe(WEEK_URL);
    expect(new URL(links.facebook).searchParams.get("u")).toBe(WEEK_URL);
  });

  test("rejects an address that is not http or https", () => {
    expect(() => postLinks(text.posts, "javascript:alert(1)")).toThrow(
      'Invalid week page URL "javascript:alert(1)"',
    );
  });
});

describe("kitFilePath and formatFileSize", () => {
  test("put every language's files under /kit/, named after the week", () => {
    expect(kitFilePath("en", 2027, "story", "png")).toBe(
      "/kit/international-networking-week-2027-story.png",
    );
    expect(kitFilePath("fr", 2028, "poster-letter", "pdf")).toBe(
      "/kit/fr/international-networking-week-2028-poster-letter.pdf",
    );
  });

  test("write a size in kilobytes the language's way", () => {
    expect(formatFileSize(48_213, "en")).toBe("48\u00a0kB");
    expect(formatFileSize(148_900, "de")).toBe("149\u00a0kB");
    expect(formatFileSize(120, "fr")).toMatch(/^1\s?ko$/);
  });
});

describe("renderPoster", () => {
  test("stops on a character no font of the language has, naming it", async () => {
    const { poster } = textOf("en", 2027);
    await expect(renderPoster({ ...poster, about: "Networking 漢" }, "a4")).rejects.toThrow(
      'no font of weight 400 has "漢"',
    );
  });
});

/** Each line of a PDF's first page as PDF.js reads it: its items, left to right, and its fonts. */
async function pdfLines(pdf: Uint8Array): Promise<{ y: number; items: string[] }[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const page = await (await task.promise).getPage(1);
  const lines = new Map<number, { x: number; str: string }[]>();
  for (const item of (await page.getTextContent()).items) {
    if (!("str" in item) || item.str === "") continue;
    const y = Math.round(item.transform[5] as number);
    lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4] as number, str: item.str }]);
  }
  await task.destroy();
  return [...lines.entries()].map(([y, items]) => ({
    y,
    items: items.sort((a, b) => a.x - b.x).map((item) => item.str),
  }));
}

describe("the Hebrew poster", async () => {
  const { poster } = textOf("he", 2027);
  const lines = await pdfLines(await renderPoster(poster, "a4"));
  test("reads from the right: a Hebrew line's items, right to left, give its text", () => {
    // PDF.js gives each Hebrew word in reading order; the words are placed from the right.
    const readings = lines.map((line) => line.items.toReversed().join(""));
    for (const text of [poster.eyebrow, poster.invitation, ...poster.fields]) {
      expect(readings, text).toContain(text);
    }
  });

  test("draws the dates as a reader of Hebrew reads them: the days at the right, the year at the left", () => {
    // "1–7 בפברואר 2027": from the right "1–7", the month, "2027"; the range's own glyphs
    // left to right as a browser draws them in a right-to-left line, "7–1".
    const [days, month, year] = poster.dates.split(" ") as [string, string, string];
    const expected = [year, " ", month, " ", [...days].toReversed().join("")];
    expect(lines.map((line) => line.items)).toContainEqual(expected);
  });

  test("keeps the hashtag and the address left to right", () => {
    const all = lines.flatMap((line) => line.items);
    expect(all).toContain(poster.hashtag);
    expect(all).toContain(poster.siteUrl);
  });
});

describe("the Chinese poster", async () => {
  const { poster } = textOf("zh-hant", 2027);
  const pdf = Buffer.from(await renderPoster(poster, "a4"));
  const raw = pdf.toString("latin1");

  test("embeds only subsets of its fonts, Inter's and Noto Sans TC's slices, and stays under 200 KB", () => {
    expect(pdf.length).toBeLessThan(200 * 1024);
    const fonts = [...raw.matchAll(/\/FontName \/([^\s/]+)/g)].map((match) => match[1]!);
    expect(fonts.length).toBeGreaterThan(2);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+(Inter|NotoSansTC)-/);
    expect(fonts.some((font) => font.includes("NotoSansTC"))).toBe(true);
    // Each embedded font file holds a few glyphs, not a slice's hundreds (about 40 KB each).
    const files = [...raw.matchAll(/\/FontFile2 (\d+) 0 R/g)].map((match) => {
      const stream = new RegExp(`\\n${match[1]} 0 obj\\n<<\\n/Length (\\d+)`).exec(raw);
      return Number(stream?.[1]);
    });
    expect(files.length).toBe(fonts.length);
    for (const length of files) expect(length).toBeLessThan(8 * 1024);
  });

  test("has the dates and labels in its text, and no line starting with a closing mark", async () => {
    const lines = (await pdfLines(pdf)).map((line) => line.items.join(""));
    expect(lines).toContain(poster.dates);
    for (const label of poster.fields) expect(lines).toContain(label);
    for (const line of lines) expect(line).not.toMatch(/^[，。、：；！？」』）]/u);
  });
});

describe.each(["he", "zh-hant"] as const)("the %s images", (language) => {
  const { image } = textOf(language, 2027);

  test.each(KIT_IMAGE_FORMAT_NAMES)(
    "draws the %s image at its size, under 150 KB",
    async (format) => {
      const png = await renderKitImage(image, format);
      const { width, height } = await sharp(png).metadata();
      expect({ width, height }).toEqual(KIT_IMAGE_FORMATS[format]);
      expect(png.length).toBeLessThan(150 * 1024);
    },
  );
});
