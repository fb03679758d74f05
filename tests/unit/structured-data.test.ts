import { describe, expect, test } from "vitest";
import { weekOfYear } from "../../src/lib/dates";
import { breadcrumbJsonLd, eventJsonLd, jsonLdText } from "../../src/lib/structured-data";

describe("jsonLdText", () => {
  test("cannot close its <script> element, and still parses back to the same data", () => {
    const data = { name: "</script><script>alert(1)</script>" };
    const text = jsonLdText(data);
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("eventJsonLd", () => {
  test("describes the 2027 week, Monday 1 to Sunday 7 February", () => {
    const event = eventJsonLd(weekOfYear(2027), {
      url: "https://example.org/2027/",
      image: "https://example.org/og/2027.png",
      description: "The 2027 week",
    });
    expect(event).toMatchObject({
      "@type": "Event",
      startDate: "2027-02-01",
      endDate: "2027-02-07",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
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
