import { describe, expect, test } from "vitest";
import { visualRuns } from "../../src/lib/bidi";

/** A line's characters left to right, as drawn. */
const drawn = (line: string, dir: "ltr" | "rtl") =>
  visualRuns(line, dir)
    .map((run) => run.text)
    .join("");

describe("visualRuns", () => {
  test("leaves a left-to-right line as it is, in one run", () => {
    expect(visualRuns("2027年2月1日至7日", "ltr")).toEqual([
      { text: "2027年2月1日至7日", rightToLeft: false },
    ]);
  });

  test("draws Hebrew words from the right, a number left to right inside them", () => {
    // Read from the right: "שבוע" then "2027".
    expect(visualRuns("שבוע 2027", "rtl")).toEqual([
      { text: "2027", rightToLeft: false },
      { text: " עובש", rightToLeft: true },
    ]);
  });

  test("puts a range of days at the right end of a Hebrew date, its first day rightmost", () => {
    // As a browser shows "1–7 בפברואר 2027" right to left: 2027 at the left, 1 at the right.
    expect(drawn("1–7 בפברואר 2027", "rtl")).toBe("2027 ראורבפב 7–1");
  });

  test("keeps a Latin name in its own order and mirrors brackets in Hebrew", () => {
    expect(drawn("שבוע (2007)", "rtl")).toBe("(2007) עובש");
    // A number after a Latin name belongs to the name's run (UAX #9, rule W7).
    expect(drawn("שבוע BNI (2007)", "rtl")).toBe("BNI (2007) עובש");
    expect(drawn("International Networking Week", "rtl")).toBe("International Networking Week");
  });
});
