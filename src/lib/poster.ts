/**
 * The toolkit's poster: one page to print and fill in by hand, as a PDF with vector text, made at
 * build time by PDFKit. PDFKit embeds only the glyphs a document uses (a subset of each font,
 * with a ToUnicode map, so the text can be searched and copied) and needs no browser.
 *
 * The fonts are the language's Fontsource files that hold the poster's characters
 * (language-fonts.ts, as for the images): Inter for Latin letters and digits, and Noto Sans
 * Hebrew or Noto Sans TC's slices (a few hundred characters each) for the rest. Each character is
 * set in the first font that has it, so a line is a row of runs, one font each, which this module
 * places itself: it breaks the lines (at spaces, and between Chinese characters but never before
 * a closing mark such as "，"), aligns each to the side the language starts its lines on, and,
 * since PDFKit does not reorder right-to-left text, puts each line of a right-to-left language in
 * drawing order by the Unicode Bidirectional Algorithm (bidi.ts). Every slice used is embedded as
 * its own subset: a Chinese poster holds some twenty fonts of a few glyphs each, about 50 KB.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { CARD_CACHE, NETWORK_LINKS, NETWORK_NODES, colors } from "./preview-image";
import type { Language } from "../i18n/languages";
import { visualRuns } from "./bidi";
import { languageFonts, type LoadedFont } from "./language-fonts";
import { breakablePieces } from "./line-breaks";
import { parseIsoDate, type IsoDate } from "./dates";

/** Page sizes in PostScript points (1/72 inch): ISO A4 (210 × 297 mm) and US Letter (8.5 × 11 in). */
const PAPER_SIZES = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
} as const;

export type Paper = keyof typeof PAPER_SIZES;

export const PAPERS = Object.keys(PAPER_SIZES) as Paper[];

export interface PosterContent {
  /** The language it is written in: its fonts. */
  language: Language;
  /** The document's title, in its properties. */
  documentTitle: string;
  /** The BCP 47 tag of the poster's language, for its /Lang. */
  lang: string;
  dir: "ltr" | "rtl";
  /** A short line above the name: "The first full week of February, since 2007". */
  eyebrow: string;
  name: string;
  dates: string;
  /** A sentence on what the week is. */
  about: string;
  /** The heading above the lines to write on: "Join us". */
  invitation: string;
  /** The labels of the lines to write on: what, where, when. */
  fields: readonly string[];
  hashtag: string;
  /** The site's address, at the foot. */
  siteUrl: string;
  /** The day the poster is made, recorded as its creation date (fixed, so builds are repeatable). */
  createdOn: IsoDate;
}

/** Colours for paper: the site's navy and a darker teal than the screen's, for contrast on white. */
const INK = {
  band: colors.background,
  onBand: colors.title,
  accentOnBand: colors.accent,
  text: colors.background,
  muted: "#4a5d75",
  teal: "#0b6e66",
  rule: "#8ea4bd",
} as const;

const MARGIN = 48;

const require = createRequire(import.meta.url);

interface Face {
  /** The name registered with PDFKit. */
  id: string;
  weight: number;
  font: fontkit.Font;
  /** The font as a plain TrueType/OpenType file, which PDFKit embeds a subset of. */
  data: Buffer;
}

/**
 * A WOFF 1.0 file as the plain font file it wraps (W3C WOFF File Format 1.0, sections 3 to 5):
 * each table inflated with Node's zlib. Fontkit (in PDFKit) reads WOFF itself, but its inflater
 * (tiny-inflate) rejects some of Noto Sans TC's slices ("Data error"), which zlib reads.
 */
function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") return woff;
  const tableCount = woff.readUInt16BE(12);
  const selector = Math.floor(Math.log2(tableCount));
  const searchRange = 2 ** selector * 16;
  const header = Buffer.alloc(12 + 16 * tableCount);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(tableCount, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(selector, 8);
  header.writeUInt16BE(tableCount * 16 - searchRange, 10);
  const tables: Buffer[] = [];
  let offset = header.length;
  for (let index = 0; index < tableCount; index++) {
    const entry = 44 + index * 20;
    const [tag, from, compressed, length, checksum] = [0, 4, 8, 12, 16].map((at) =>
      woff.readUInt32BE(entry + at),
    ) as [number, number, number, number, number];
    const stored = woff.subarray(from, from + compressed);
    const table = compressed < length ? inflateSync(stored) : stored;
    header.writeUInt32BE(tag, 12 + index * 16);
    header.writeUInt32BE(checksum, 16 + index * 16);
    header.writeUInt32BE(offset, 20 + index * 16);
    header.writeUInt32BE(length, 24 + index * 16);
    // Each table starts on a four-byte boundary.
    const padded = Buffer.alloc((table.length + 3) & ~3);
    table.copy(padded);
    tables.push(padded);
    offset += padded.length;
  }
  return Buffer.concat([header, ...tables]);
}

const facesByFonts = new WeakMap<LoadedFont[], Face[]>();

/** The fonts of a list as plain font files, parsed once, for checking which characters each has. */
function facesOf(fonts: LoadedFont[]): Face[] {
  let faces = facesByFonts.get(fonts);
  if (!faces) {
    faces = fonts.map(({ name, weight, data: woff }) => {
      const data = woffToSfnt(woff);
      const font = fontkit.create(data);
      if (!("hasGlyphForCodePoint" in font)) {
        throw new Error(`The font ${name} ${weight} is a collection: give one font per file.`);
      }
      return { id: `${name}-${weight}`, weight, font, data };
    });
    facesByFonts.set(fonts, faces);
  }
  return faces;
}

/** A stretch of text set in one face. */
interface Run {
  text: string;
  face: Face;
}

/**
 * A text cut into runs, each set in the first face of the weight that has its characters (as
 * satori and browsers fall back from font to font, character by character): Chinese text spans
 * several of Noto Sans TC's slices, and Hebrew text Inter and Noto Sans Hebrew. Throws naming the
 * characters that no face of the weight has.
 */
function runsOf(text: string, faces: Face[], weight: number): Run[] {
  const candidates = faces.filter((face) => face.weight === weight);
  const runs: Run[] = [];
  const missing = new Set<string>();
  for (const character of text) {
    const face = candidates.find((candidate) =>
      candidate.font.hasGlyphForCodePoint(character.codePointAt(0)!),
    );
    if (!face) missing.add(character);
    else if (runs.at(-1)?.face === face) runs.at(-1)!.text += character;
    else runs.push({ text: character, face });
  }
  if (missing.size > 0) {
    throw new Error(
      `The poster's text ${JSON.stringify(text)} cannot be set: no font of weight ${weight} has ${[...missing].map((character) => JSON.stringify(character)).join(", ")}. Add a font that has them to the language in src/lib/language-fonts.ts.`,
    );
  }
  return runs;
}

/** How one block of text is set. */
interface TextStyle {
  weight: number;
  size: number;
  color: string;
  /** Added between two lines, in points. */
  lineGap?: number;
}

/**
 * Sets blocks of text on a page: broken into lines by the measure of their own fonts, each line
 * reordered for drawing when the language is written right to left (PDFKit draws runs as given),
 * and aligned to either side of a column.
 */
class Typesetter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly faces: Face[],
    private readonly dir: "ltr" | "rtl",
  ) {}

  /** A text's width on one line. */
  width(text: string, { weight, size }: TextStyle): number {
    return runsOf(text, this.faces, weight).reduce(
      (sum, run) => sum + this.doc.font(run.face.id).fontSize(size).widthOfString(run.text),
      0,
    );
  }

  /** A text broken into lines no wider than `width` (but for a piece wider than it on its own). */
  lines(text: string, style: TextStyle, width: number): string[] {
    const lines: string[] = [];
    let line = "";
    for (const piece of breakablePieces(text)) {
      if (line !== "" && this.width(`${line}${piece}`.trimEnd(), style) > width) {
        lines.push(line.trimEnd());
        line = "";
      }
      line += piece;
    }
    if (line.trim() !== "") lines.push(line.trimEnd());
    return lines;
  }

  /** The ascent, descent (negative) and line height, in points, of the faces of a text. */
  metrics(text: string, style: TextStyle): { ascent: number; descent: number; height: number } {
    const faces = new Set(runsOf(text, this.faces, style.weight).map((run) => run.face.font));
    const scale = (value: number, font: fontkit.Font) => (value / font.unitsPerEm) * style.size;
    const ascent = Math.max(...[...faces].map((font) => scale(font.ascent, font)));
    const descent = Math.min(...[...faces].map((font) => scale(font.descent, font)));
    return { ascent, descent, height: ascent - descent + (style.lineGap ?? 0) };
  }

  /** The height a block of text takes in a column of `width`. */
  height(text: string, style: TextStyle, width: number): number {
    return this.lines(text, style, width).length * this.metrics(text, style).height;
  }

  /**
   * Sets a block of text with its top at `y` in the column from `x`, `width` wide, each line at
   * the column's `align` side, in the language's direction or in `dir` (a hashtag or an address
   * reads left to right in any language, as an isolate does in a page). Returns the y below it.
   */
  text(
    text: string,
    style: TextStyle,
    {
      x,
      y,
      width,
      align,
      dir = this.dir,
    }: { x: number; y: number; width: number; align: "left" | "right"; dir?: "ltr" | "rtl" },
  ): number {
    const { ascent, height } = this.metrics(text, style);
    let baseline = y + ascent;
    for (const line of this.lines(text, style, width)) {
      const lineWidth = this.width(line, style);
      let left = align === "left" ? x : x + width - lineWidth;
      for (const { text: visual, rightToLeft } of visualRuns(line, dir)) {
        for (const run of runsOf(visual, this.faces, style.weight)) {
          // Fontkit lays out a run of a right-to-left script (Hebrew letters) from the right
          // itself: it is given such a run in reading order. Other runs, digits, Latin words and
          // the spaces and marks between Hebrew words, are drawn as they are ordered.
          const reversed = rightToLeft && RIGHT_TO_LEFT_SCRIPT.test(run.text);
          const drawn = reversed ? [...run.text].reverse().join("") : run.text;
          this.doc
            .font(run.face.id)
            .fontSize(style.size)
            .fillColor(style.color)
            .text(drawn, left, baseline, { lineBreak: false, baseline: "alphabetic" });
          left += this.doc.widthOfString(drawn);
        }
      }
      baseline += height;
    }
    return y + this.lines(text, style, width).length * height;
  }
}

/** The scripts fontkit lays out from the right (its Script.direction), of those the site uses. */
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;

/** The connected-dots motif of the site's images, drawn as vector shapes. */
function drawMotif(doc: PDFKit.PDFDocument, x: number, y: number, scale: number): void {
  doc.save().translate(x, y).scale(scale).lineWidth(3);
  for (const [from, to] of NETWORK_LINKS) {
    const [x1, y1] = NETWORK_NODES[from]!;
    const [x2, y2] = NETWORK_NODES[to]!;
    doc.moveTo(x1, y1).lineTo(x2, y2);
  }
  doc.strokeColor(colors.link).stroke();
  NETWORK_NODES.forEach(([cx, cy, r], index) => {
    doc
      .circle(cx, cy, r)
      .fillAndStroke(index === 2 ? INK.accentOnBand : INK.band, INK.accentOnBand);
  });
  doc.restore();
}

/**
 * Lays the poster out on a page of PDFKit's document: a navy band with the name and dates, the
 * sentence on the week, lines to write the event on, and the hashtag and address at the foot.
 * A right-to-left poster is the mirror image of a left-to-right one.
 */
function drawPoster(doc: PDFKit.PDFDocument, content: PosterContent, faces: Face[]): void {
  const { width: pageWidth, height: pageHeight } = doc.page;
  const textWidth = pageWidth - 2 * MARGIN;
  const start = content.dir === "rtl" ? "right" : "left";
  const end = content.dir === "rtl" ? "left" : "right";
  const type = new Typesetter(doc, faces, content.dir);
  const column = (y: number, align: "left" | "right" = start) => ({
    x: MARGIN,
    y,
    width: textWidth,
    align,
  });

  // The band: motif at the end side, then eyebrow, name (at most two lines) and dates.
  const motifScale = 0.5;
  const motifWidth = 240 * motifScale;
  const bandTop = MARGIN + 72;
  const eyebrow = { weight: 700, size: 13, color: INK.accentOnBand };
  const name = { weight: 700, size: 46, color: INK.onBand, lineGap: 2 };
  while (name.size > 24 && type.lines(content.name, name, textWidth).length > 2) name.size -= 2;
  const dates = { weight: 700, size: 36, color: INK.accentOnBand };
  const eyebrowBottom = bandTop + type.height(content.eyebrow, eyebrow, textWidth);
  const nameTop = eyebrowBottom + 8;
  const datesTop = nameTop + type.height(content.name, name, textWidth) + 4;
  const bandHeight = datesTop + type.height(content.dates, dates, textWidth) + 32;
  doc.rect(0, 0, pageWidth, bandHeight).fill(INK.band);
  drawMotif(doc, start === "left" ? pageWidth - MARGIN - motifWidth : MARGIN, MARGIN, motifScale);
  type.text(content.eyebrow, eyebrow, column(bandTop));
  type.text(content.name, name, column(nameTop));
  type.text(content.dates, dates, column(datesTop));

  // What the week is.
  const aboutBottom = type.text(
    content.about,
    { weight: 400, size: 15, color: INK.text, lineGap: 3 },
    column(bandHeight + 28),
  );

  // The lines to write the event on, sharing the room left above the foot.
  const footTop = pageHeight - MARGIN - 34;
  const fieldsTop =
    type.text(
      content.invitation,
      { weight: 700, size: 24, color: INK.text },
      column(aboutBottom + 26),
    ) + 8;
  const fieldHeight = (footTop - 16 - fieldsTop) / content.fields.length;
  content.fields.forEach((label, index) => {
    const top = fieldsTop + index * fieldHeight;
    type.text(label, { weight: 700, size: 13, color: INK.muted }, column(top + 8));
    for (const lineY of [top + fieldHeight * 0.55, top + fieldHeight - 4]) {
      doc
        .moveTo(MARGIN, lineY)
        .lineTo(pageWidth - MARGIN, lineY)
        .lineWidth(1)
        .strokeColor(INK.rule)
        .stroke();
    }
  });

  // The foot: the hashtag at the start side, the address at the end side.
  doc
    .moveTo(MARGIN, footTop)
    .lineTo(pageWidth - MARGIN, footTop)
    .lineWidth(2)
    .strokeColor(INK.teal)
    .stroke();
  type.text(
    content.hashtag,
    { weight: 700, size: 14, color: INK.teal },
    { ...column(footTop + 12), dir: "ltr" },
  );
  type.text(
    content.siteUrl,
    { weight: 400, size: 12, color: INK.muted },
    { ...column(footTop + 14, end), dir: "ltr" },
  );
}

/**
 * What a poster's bytes depend on besides its words, paper and fonts: PDFKit's version and the
 * code that lays it out, which is this module as it runs (its source file, or the chunk a build
 * bundles it into). A change to either never reads an old poster from the cache.
 */
// PDFKit's "exports" do not list its package.json: it sits one folder above its main file.
const PDFKIT_PACKAGE = join(dirname(require.resolve("pdfkit")), "../package.json");
const DRAWING = createHash("sha256")
  .update((JSON.parse(readFileSync(PDFKIT_PACKAGE, "utf8")) as { version: string }).version)
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest("hex");

const posters = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The poster as a one-page PDF in the given paper size. Made once per content in a process (the
 * toolkit page reads its size, the endpoint serves it), and kept between builds in the card cache
 * of the preview images, named after a hash of all it depends on, as the cards are.
 *
 * @example await renderPoster(content, "a4") // a PDF of one 595.28×841.89 pt page
 */
export function renderPoster(
  content: PosterContent,
  paper: Paper,
): Promise<Uint8Array<ArrayBuffer>> {
  const { eyebrow, name, dates, about, invitation, fields, hashtag, siteUrl } = content;
  const { fonts } = languageFonts(
    content.language,
    [eyebrow, name, dates, about, invitation, ...fields, hashtag, siteUrl].join(""),
  );
  const hash = createHash("sha256")
    .update(DRAWING)
    .update(JSON.stringify([content, paper]));
  for (const font of fonts) hash.update(`${font.name} ${font.weight}\0`).update(font.data);
  const key = hash.digest("hex");
  let poster = posters.get(key);
  if (!poster) {
    poster = readOrWritePoster(key, content, paper, fonts);
    posters.set(key, poster);
  }
  return poster;
}

async function readOrWritePoster(
  key: string,
  content: PosterContent,
  paper: Paper,
  fonts: LoadedFont[],
): Promise<Uint8Array<ArrayBuffer>> {
  const cached = join(CARD_CACHE, `${key}.pdf`);
  if (existsSync(cached)) return readFileSync(cached);
  const pdf = await writePoster(content, paper, fonts);
  mkdirSync(CARD_CACHE, { recursive: true });
  writeFileSync(cached, pdf);
  return pdf;
}

async function writePoster(
  content: PosterContent,
  paper: Paper,
  fonts: LoadedFont[],
): Promise<Uint8Array<ArrayBuffer>> {
  const faces = facesOf(fonts);
  const { width, height } = PAPER_SIZES[paper];
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    lang: content.lang,
    displayTitle: true,
    // No default font: PDFKit's own, Helvetica, is not embedded. Every text sets its font.
    font: "",
    info: {
      Title: content.documentTitle,
      Creator: "International Networking Week",
      CreationDate: parseIsoDate(content.createdOn),
    },
  });
  for (const face of faces) doc.registerFont(face.id, face.data);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  drawPoster(doc, content, faces);
  doc.end();
  await ended;
  const pdf = Buffer.concat(chunks);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) as Uint8Array<ArrayBuffer>;
}
