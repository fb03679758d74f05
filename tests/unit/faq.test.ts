import { describe, expect, test } from "vitest";
import { faqEntries, faqPlainText, plainText, richText } from "../../src/lib/faq";
import type { Theme } from "../../src/lib/themes";

const LINKS = { rule: "/dates/#rule", feed: "https://example.org/calendar.ics" };

function entry(today: string, id: string, themes: Theme[] = []) {
  const found = faqEntries("en", today, LINKS, themes).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return { ...found, question: plainText(found.question), answer: plainText(found.answer) };
}

describe("the questions page", () => {
  test("answers when the next week is, and the one after it, with dates written out by hand", () => {
    const when = entry("2026-12-03", "when");
    expect(when.question).toBe("When is International Networking Week 2027?");
    expect(when.answer).toContain(
      "International Networking Week 2027 runs 1–7 February 2027, Monday to Sunday; its business days are 1–5 February 2027. The week starts",
    );
    const next = entry("2026-12-03", "next-year");
    expect(next.question).toBe("When is International Networking Week 2028?");
    expect(next.answer).toBe(
      "In 2028, International Networking Week runs 7–13 February 2028; its business days are 7–11 February 2028. These dates too are computed from the rule.",
    );
  });

  test("answers for the ongoing week while it runs, then for the next one", () => {
    expect(entry("2027-02-07", "when").answer).toContain("1–7 February 2027");
    expect(entry("2027-02-08", "when").question).toBe(
      "When is International Networking Week 2028?",
    );
    expect(entry("2027-02-08", "next-year").question).toBe(
      "When is International Networking Week 2029?",
    );
  });

  test("marks the week's dates for the browser script to keep current", () => {
    const [when] = faqEntries("en", "2026-12-03", LINKS, []);
    expect(when!.week).toBe("featured");
    expect(when!.answer.filter(({ field }) => field).map(({ field }) => field)).toEqual([
      "year",
      "whole",
      "business",
    ]);
    expect(when!.answer.find(({ href }) => href)).toEqual({
      text: "the rule",
      href: "/dates/#rule",
    });
  });

  test("says no theme is known for the year, unless the themes data has one, attributed by its status", () => {
    expect(entry("2026-12-03", "theme").answer).toMatch(/^No theme for 2027 has been found/);
    const reported: Theme = {
      year: 2027,
      theme: "Example",
      status: "reported",
      sourceUrl: "https://example.org/a",
      sourceTitle: "A",
    };
    expect(entry("2026-12-03", "theme", [reported]).answer).toBe(
      "One observance calendar gives “Example” as the 2027 theme; BNI has not confirmed it.",
    );
  });

  test("gives search engines exactly the text the page shows", () => {
    const entries = faqEntries("en", "2026-12-03", LINKS, []);
    const plain = faqPlainText(entries);
    expect(plain).toHaveLength(entries.length);
    expect(
      plain.find(
        ({ question }) => question === "What is the hashtag for International Networking Week?",
      )?.answer,
    ).toBe("#InternationalNetworkingWeek: the one hashtag the sources give for the week.");
  });
});

describe("richText", () => {
  test("fills placeholders with segments and keeps words in another language apart", () => {
    expect(
      richText("le « {en:BNI Big Breakfast} » et {link}", {
        link: { text: "la règle", href: "/fr/dates/#rule" },
      }),
    ).toEqual([
      { text: "le « " },
      { text: "BNI Big Breakfast", lang: "en" },
      { text: " » et " },
      { text: "la règle", href: "/fr/dates/#rule" },
    ]);
  });

  test("stops on a missing placeholder value, naming the sentence", () => {
    expect(() => richText("Subscribe to {feed}.", {})).toThrow(/"Subscribe to \{feed\}\."/);
  });
});
