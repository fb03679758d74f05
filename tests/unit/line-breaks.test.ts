import { describe, expect, test } from "vitest";
import { balancedLines } from "../../src/lib/line-breaks";

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
