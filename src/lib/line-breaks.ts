/**
 * Line breaking for text that the drawing library cannot wrap itself (right-to-left cards, see
 * preview-image.ts): words of known widths, broken at their spaces into as few lines as fit,
 * and those lines made as even as they can be, as CSS `text-wrap: balance` does.
 */

/** The words of each line, greedily filled up to `limit`. */
function fill(widths: readonly number[], space: number, limit: number): number[][] {
  const lines: number[][] = [];
  let line: number[] = [];
  let width = 0;
  for (const [index, wordWidth] of widths.entries()) {
    const widthWith = line.length === 0 ? wordWidth : width + space + wordWidth;
    if (line.length > 0 && widthWith > limit) {
      lines.push(line);
      line = [index];
      width = wordWidth;
    } else {
      line.push(index);
      width = widthWith;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Breaks words (given as their widths, with the width of the space between two) into the fewest
 * lines no wider than `maxWidth`, balanced: the narrowest width that keeps that many lines. A
 * word wider than `maxWidth` stands on a line of its own. Returns each line's word indices.
 *
 * @example balancedLines([300, 300, 300], 20, 1000) // [[0, 1, 2]]
 * @example balancedLines([300, 300, 300, 300], 20, 1000) // [[0, 1], [2, 3]], not [[0, 1, 2], [3]]
 */
export function balancedLines(
  widths: readonly number[],
  space: number,
  maxWidth: number,
): number[][] {
  const count = fill(widths, space, maxWidth).length;
  let fits = maxWidth;
  let tooNarrow = Math.max(0, ...widths) - 1;
  // Halve the gap between a width that keeps `count` lines and one that needs more, to a pixel.
  while (fits - tooNarrow > 1) {
    const middle = (fits + tooNarrow) / 2;
    if (fill(widths, space, middle).length <= count) fits = middle;
    else tooNarrow = middle;
  }
  return fill(widths, space, fits);
}

/** Characters written a full em wide between which Chinese and Japanese break lines: Han, kana, CJK punctuation, full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation that never starts a line: closing marks, commas, full stops (UAX #14 CL, CP, IS, EX). */
const NO_LINE_START = /[，。、：；！？」』）〉》】〕〗〙〛｝］”’.,:;!?)\]}·]/u;
/** Punctuation that never ends a line: opening marks (UAX #14 OP). */
const NO_LINE_END = /[「『（〈《【〔〖〘〚｛［“‘([{]/u;

/**
 * Splits a paragraph where a line may end: after each space (which stays with the piece before
 * it), and between two characters when one of them is Chinese and neither would be left alone at
 * the wrong end of a line (a closing mark such as "，" or "」" at a line's start, an opening mark
 * such as "「" at its end). Latin words and numbers inside Chinese text stay whole. The pieces
 * joined give the text back.
 *
 * @example breakablePieces("Networking Week 2027") // ["Networking ", "Week ", "2027"]
 * @example breakablePieces("二月的第一週，始於2007年") // ["二", "月", "的", "第", "一", "週，", "始", "於", "2007", "年"]
 */
export function breakablePieces(text: string): string[] {
  const characters = [...text];
  const pieces: string[] = [];
  let piece = "";
  for (const [index, character] of characters.entries()) {
    const previous = characters[index - 1];
    const breakBefore =
      piece !== "" &&
      previous !== undefined &&
      (/\s/u.test(previous)
        ? !/\s/u.test(character)
        : (WIDE.test(previous) || WIDE.test(character)) &&
          !NO_LINE_START.test(character) &&
          !NO_LINE_END.test(previous));
    if (breakBefore) {
      pieces.push(piece);
      piece = "";
    }
    piece += character;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}
