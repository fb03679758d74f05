import { expect, test } from "vitest";
import { weekOfYear } from "../../src/lib/dates";
import { yearPageText } from "../../src/lib/year-page";

test.each([
  [
    2026,
    "2026-01-31",
    "1 February 2026 is a Sunday, so the first full Monday-to-Sunday week starts",
  ],
  [2026, "2026-02-01", "1 February 2026 is a Sunday"],
  [
    2026,
    "2026-02-02",
    "1 February 2026 was a Sunday, so the first full Monday-to-Sunday week started",
  ],
  [2026, "2026-11-25", "1 February 2026 was a Sunday"],
  [2027, "2026-11-25", "1 February 2027 is a Monday, so the week starts that very day."],
  [2027, "2027-02-03", "1 February 2027 was a Monday, so the week started that very day."],
  [2021, "2026-11-25", "1 February 2021 was a Monday"],
] as const)(
  "the note on %i's 1 February, built on %s, speaks of it in its tense: %j",
  (year, today, expected) => {
    const note = yearPageText(weekOfYear(year), "en", today).firstOfFebruaryNote!;
    expect(note.isPast ? note.past : note.future).toContain(expected);
    expect(note.pastAfter).toBe(`${year}-02-01`);
  },
);
