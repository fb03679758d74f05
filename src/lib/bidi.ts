/**
 * Right-to-left lines for writers that do not reorder text themselves (PDFKit): a line in
 * logical order (as it is typed and stored) put in the order it is drawn in, left to right, by
 * the Unicode Bidirectional Algorithm (UAX #9, implemented by bidi-js): Hebrew words from the
 * right, Latin words and numbers left to right inside them, mirrored brackets.
 */
import bidiFactory from "bidi-js";

const bidi = bidiFactory();

/** A stretch of a line in the order it is drawn, all of one direction. */
export interface VisualRun {
  /** Its characters, left to right as they are drawn. */
  text: string;
  /** Whether it is at a right-to-left level: its characters read from the right. */
  rightToLeft: boolean;
}

/**
 * A line's characters in drawing order (left to right), in runs of one direction, for a
 * paragraph of direction `dir`. Break a paragraph into lines first: the order is a line's own.
 *
 * @example visualRuns("שבוע 2027", "rtl") // [{ text: "2027", rightToLeft: false }, { text: " עובש", rightToLeft: true }]
 */
export function visualRuns(line: string, dir: "ltr" | "rtl"): VisualRun[] {
  if (line === "") return [];
  const embedding = bidi.getEmbeddingLevels(line, dir);
  const order = [...line].map((_, index) => index);
  // bidi-js counts UTF-16 code units; the site's right-to-left text is all in the BMP.
  if (order.length !== line.length) {
    throw new Error(`Cannot reorder ${JSON.stringify(line)}: it has characters beyond the BMP.`);
  }
  for (const [from, to] of bidi.getReorderSegments(line, embedding)) {
    order.splice(from, to - from + 1, ...order.slice(from, to + 1).reverse());
  }
  const mirrored = bidi.getMirroredCharactersMap(line, embedding.levels);
  const runs: VisualRun[] = [];
  for (const index of order) {
    const character = mirrored.get(index) ?? line[index]!;
    const rightToLeft = embedding.levels[index]! % 2 === 1;
    const last = runs.at(-1);
    if (last && last.rightToLeft === rightToLeft) last.text += character;
    else runs.push({ text: character, rightToLeft });
  }
  return runs;
}
