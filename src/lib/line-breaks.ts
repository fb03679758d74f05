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
