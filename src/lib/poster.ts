/**
 * The toolkit's poster: one page to print and fill in by hand, as a PDF with vector text, made at
 * build time by PDFKit. PDFKit embeds only the glyphs a document uses (a subset of each font,
 * with a ToUnicode map, so the text can be searched and copied), lays out and wraps text itself,
 * and needs no browser. Text is set in the first font of the language's list (drawing-fonts.ts)
 * that has every character of it, and aligned to the side the language starts its lines on.
 *
 * PDFKit does not reorder right-to-left text (the bidirectional algorithm): a right-to-left
 * language's lines need reordering before they reach `renderPoster`.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { CARD_CACHE, colors } from "./preview-image";
import type { LoadedFont } from "./language-fonts";
import { parseIsoDate, type IsoDate } from "./dates";

/** Page sizes in PostScript points (1/72 inch): ISO A4 (210 × 297 mm) and US Letter (8.5 × 11 in). */
const PAPER_SIZES = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
} as const;

export type Paper = keyof typeof PAPER_SIZES;

export const PAPERS = Object.keys(PAPER_SIZES) as Paper[];

export interface PosterContent {
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
}

const facesByFonts = new WeakMap<LoadedFont[], Face[]>();

/** The fonts of a list, parsed once, for checking which characters each has. */
function facesOf(fonts: LoadedFont[]): Face[] {
  let faces = facesByFonts.get(fonts);
  if (!faces) {
    faces = fonts.map(({ name, weight, data }) => {
      const font = fontkit.create(data);
      if (!("hasGlyphForCodePoint" in font)) {
        throw new Error(`The font ${name} ${weight} is a collection: give one font per file.`);
      }
      return { id: `${name}-${weight}`, weight, font };
    });
    facesByFonts.set(fonts, faces);
  }
  return faces;
}

/** The first face of a weight that has every character of a text; throws naming those none has. */
function faceFor(faces: Face[], weight: number, text: string): Face {
  const candidates = faces.filter((face) => face.weight === weight);
  const covers = (face: Face) =>
    [...text].every((character) => face.font.hasGlyphForCodePoint(character.codePointAt(0)!));
  const face = candidates.find(covers);
  if (!face) {
    const missing = [...new Set(text)].filter(
      (character) =>
        !candidates.some((candidate) =>
          candidate.font.hasGlyphForCodePoint(character.codePointAt(0)!),
        ),
    );
    throw new Error(
      `The poster's text ${JSON.stringify(text)} cannot be set: no font of weight ${weight} has ${missing.length > 0 ? missing.map((character) => JSON.stringify(character)).join(", ") : "all of its characters"}. Add a font that has them to the language in src/lib/drawing-fonts.ts.`,
    );
  }
  return face;
}

/** The connected-dots motif of the site's images, drawn as vector shapes. */
function drawMotif(doc: PDFKit.PDFDocument, x: number, y: number, scale: number): void {
  const nodes = [
    [14, 70, 8],
    [84, 22, 6],
    [116, 84, 12],
    [186, 42, 7],
    [226, 104, 6],
    [168, 118, 5],
  ] as const;
  const links = [
    [0, 1],
    [0, 2],
    [1, 2],
    [1, 3],
    [2, 3],
    [2, 5],
    [3, 4],
    [4, 5],
  ] as const;
  doc.save().translate(x, y).scale(scale).lineWidth(3);
  for (const [from, to] of links) {
    doc.moveTo(nodes[from][0], nodes[from][1]).lineTo(nodes[to][0], nodes[to][1]);
  }
  doc.strokeColor(colors.link).stroke();
  nodes.forEach(([cx, cy, r], index) => {
    doc
      .circle(cx, cy, r)
      .fillAndStroke(index === 2 ? INK.accentOnBand : INK.band, INK.accentOnBand);
  });
  doc.restore();
}

/**
 * Lays the poster out on a page of PDFKit's document: a navy band with the name and dates, the
 * sentence on the week, lines to write the event on, and the hashtag and address at the foot.
 */
function drawPoster(doc: PDFKit.PDFDocument, content: PosterContent, faces: Face[]): void {
  const { width: pageWidth, height: pageHeight } = doc.page;
  const textWidth = pageWidth - 2 * MARGIN;
  const start = content.dir === "rtl" ? "right" : "left";
  const end = content.dir === "rtl" ? "left" : "right";
  const set = (text: string, weight: number, size: number, color: string) =>
    doc
      .font(faceFor(faces, weight, text).id)
      .fontSize(size)
      .fillColor(color);

  // The band: motif at the end side, then eyebrow, name (at most two lines) and dates.
  const motifScale = 0.5;
  const motifWidth = 240 * motifScale;
  const bandTop = MARGIN + 72;
  set(content.name, 700, 46, INK.onBand);
  let nameSize = 46;
  while (nameSize > 24 && doc.heightOfString(content.name, { width: textWidth }) > nameSize * 2.3) {
    nameSize -= 2;
    doc.fontSize(nameSize);
  }
  const bandHeight =
    bandTop +
    20 +
    doc.heightOfString(content.name, { width: textWidth, lineGap: 2 }) +
    set(content.dates, 700, 36, INK.accentOnBand).heightOfString(content.dates, {
      width: textWidth,
    }) +
    40;
  doc.rect(0, 0, pageWidth, bandHeight).fill(INK.band);
  drawMotif(doc, start === "left" ? pageWidth - MARGIN - motifWidth : MARGIN, MARGIN, motifScale);

  set(content.eyebrow, 700, 13, INK.accentOnBand).text(content.eyebrow, MARGIN, bandTop, {
    width: textWidth,
    align: start,
  });
  doc.moveDown(0.6);
  set(content.name, 700, nameSize, INK.onBand).text(content.name, MARGIN, doc.y, {
    width: textWidth,
    align: start,
    lineGap: 2,
  });
  set(content.dates, 700, 36, INK.accentOnBand).text(content.dates, MARGIN, doc.y + 4, {
    width: textWidth,
    align: start,
  });

  // What the week is.
  set(content.about, 400, 15, INK.text).text(content.about, MARGIN, bandHeight + 28, {
    width: textWidth,
    align: start,
    lineGap: 3,
  });

  // The lines to write the event on, sharing the room left above the foot.
  const footTop = pageHeight - MARGIN - 34;
  set(content.invitation, 700, 24, INK.text).text(content.invitation, MARGIN, doc.y + 26, {
    width: textWidth,
    align: start,
  });
  const fieldsTop = doc.y + 8;
  const fieldHeight = (footTop - 16 - fieldsTop) / content.fields.length;
  content.fields.forEach((label, index) => {
    const top = fieldsTop + index * fieldHeight;
    set(label, 700, 13, INK.muted).text(label, MARGIN, top + 8, { width: textWidth, align: start });
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
  set(content.hashtag, 700, 14, INK.teal).text(content.hashtag, MARGIN, footTop + 12, {
    width: textWidth,
    align: start,
    lineBreak: false,
  });
  set(content.siteUrl, 400, 12, INK.muted).text(content.siteUrl, MARGIN, footTop + 14, {
    width: textWidth,
    align: end,
    lineBreak: false,
  });
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
 * @example await renderPoster(content, "a4", drawingFonts("en")) // a PDF of one 595.28×841.89 pt page
 */
export function renderPoster(
  content: PosterContent,
  paper: Paper,
  fonts: LoadedFont[],
): Promise<Uint8Array<ArrayBuffer>> {
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
  fonts.forEach((font, index) => doc.registerFont(faces[index]!.id, font.data));
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
