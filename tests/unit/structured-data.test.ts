import { describe, expect, test } from "vitest";
import { breadcrumbJsonLd, faqPageJsonLd, jsonLdText } from "../../src/lib/structured-data";

describe("jsonLdText", () => {
  test("cannot close its <script> element, and still parses back to the same data", () => {
    const data = { name: "</script><script>alert(1)</script>" };
    const text = jsonLdText(data);
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("faqPageJsonLd", () => {
  test("gives each question its one accepted answer, in order", () => {
    const page = faqPageJsonLd([
      { question: "What is the hashtag?", answer: "#InternationalNetworkingWeek." },
      { question: "Is it a public holiday?", answer: "No source says so." },
    ]);
    expect(page).toMatchObject({
      "@type": "FAQPage",
      mainEntity: [
        {
          "@type": "Question",
          name: "What is the hashtag?",
          acceptedAnswer: { "@type": "Answer", text: "#InternationalNetworkingWeek." },
        },
        {
          "@type": "Question",
          name: "Is it a public holiday?",
          acceptedAnswer: { "@type": "Answer", text: "No source says so." },
        },
      ],
    });
  });
});

describe("breadcrumbJsonLd", () => {
  test("numbers the crumbs from 1, in order", () => {
    const list = breadcrumbJsonLd([
      { name: "Home", url: "https://example.org/" },
      { name: "Dates", url: "https://example.org/dates/" },
    ]);
    expect(list.itemListElement).toMatchObject([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/" },
      { "@type": "ListItem", position: 2, name: "Dates", item: "https://example.org/dates/" },
    ]);
  });
});
