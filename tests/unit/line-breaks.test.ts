import { describe, expect, test } from "vitest";
import { balancedLines, breakablePieces } from "../../src/lib/line-breaks";

describe("balancedLines", () => {
  test("keeps words that fit on one line together", () => {
    expect(balancedLines([300, 300, 300], 20, 1000)).toEqual([[0, 1, 2]]);
  });

  test("breaks into the fewest lines, as even as they can be", () => {
    // Greedy filling would give three words, then one.
    expect(balancedLines([300, 300, 300, 300], 20, 1000)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(balancedLines([500, 100, 100, 100, 500], 10, 1000)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  test("never makes a line wider than the limit, but for a word wider than it on its own", () => {
    const widths = [120, 480, 260, 90, 700, 1300, 40, 330];
    const lines = balancedLines(widths, 15, 1000);
    expect(lines.flat()).toEqual(widths.map((_, index) => index));
    for (const line of lines) {
      const width = line.reduce((sum, index) => sum + widths[index]!, 0) + 15 * (line.length - 1);
      expect(width <= 1000 || line.length === 1, `${line}`).toBe(true);
    }
    expect(lines).toContainEqual([5]);
  });

  test("gives no line for no words", () => {
    expect(balancedLines([], 10, 1000)).toEqual([]);
  });
});

describe("breakablePieces", () => {
  test("breaks Latin text after its spaces, and gives the text back", () => {
    expect(breakablePieces("International Networking Week")).toEqual([
      "International ",
      "Networking ",
      "Week",
    ]);
  });

  test("breaks Chinese between characters, keeping numbers whole and a comma with its character", () => {
    expect(breakablePieces("始於2007年")).toEqual(["始", "於", "2007", "年"]);
    expect(breakablePieces("一週，始")).toEqual(["一", "週，", "始"]);
  });

  test.each([
    "BNI於2007年發起的年度活動週，慶祝人脈交流為企業帶來的價值。",
    "他說「人脈」就是一切：「謝謝！」（2027年）",
  ])("never starts a piece with a closing mark, nor ends one with an opening mark: %s", (text) => {
    const pieces = breakablePieces(text);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) {
      expect(piece, piece).not.toMatch(/^[，。、：；！？」』）]/u);
      expect(piece, piece).not.toMatch(/[「『（]$/u);
    }
  });
});
