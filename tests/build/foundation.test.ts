import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import {
  BUILD_DAY,
  CLOUDFLARE_PAGES_URL,
  buildInTemporaryFolder,
  builtSite,
  readBuilt,
} from "../helpers/build";
import { oracleWeek } from "../helpers/oracle";
import { builtPages, loadPage } from "../helpers/site";

const dir = builtSite("default");

/** The SHA-256 of every file of a build, by path. */
function hashTree(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(root, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return hashes;
}

describe("dates.json", () => {
  const dates = JSON.parse(readBuilt(dir, "dates.json")) as {
    rule: string;
    today: string;
    years: {
      year: number;
      start: string;
      businessEnd: string;
      end: string;
      dates: string;
      datesSources?: string[];
    }[];
  };

  test("states the rule and the day it was built for", () => {
    expect(dates.rule).toMatch(/first Monday of February/);
    expect(dates.today).toBe(BUILD_DAY);
  });

  test("lists every year from 2007 through the build year + 10, each matching the oracle", () => {
    expect(
      dates.years.map(({ year, start, businessEnd, end }) => ({ year, start, businessEnd, end })),
    ).toEqual(Array.from({ length: 2036 - 2007 + 1 }, (_, index) => oracleWeek(2007 + index)));
  });

  test("says which years' dates a source published (facts file, section 1) and which are computed", () => {
    const published = dates.years.filter((year) => year.dates === "published");
    expect(published.map(({ year }) => year)).toEqual([2007, 2010, 2018, 2022, 2023, 2024, 2025]);
    expect(published.find(({ year }) => year === 2025)?.datesSources).toEqual([
      "https://nationaltoday.com/international-networking-week/",
    ]);
    expect(
      dates.years.filter((year) => year.dates !== "published").map((year) => year.dates),
    ).toEqual(Array(2036 - 2007 + 1 - published.length).fill("computed"));
  });
});

describe("the build", () => {
  test("is byte-identical whatever the machine's time zone (UTC+14 and UTC-3)", () => {
    const kiritimati = hashTree(dir);
    expect(Object.keys(kiritimati).length).toBeGreaterThan(400);
    expect(hashTree(builtSite("default-in-sao-paulo"))).toEqual(kiritimati);
  });

  // resolveBuildToday's unit tests cover which values are refused; this shows that one stops the build.
  test("stops on an invalid SITE_TODAY, naming it and the format", () => {
    const result = buildInTemporaryFolder({ SITE_TODAY: "2026-02-30" });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_TODAY="2026-02-30" is not valid');
    expect(result.output).toContain("YYYY-MM-DD");
  });

  // resolveSiteUrl's unit tests cover each host's variable; these show the build uses them.
  test("stops on a CI build with no address, naming SITE_URL", () => {
    const result = buildInTemporaryFolder({ SITE_TODAY: BUILD_DAY, CI: "true" });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("SITE_URL is not set, and this is a build on a CI or host");
  });

  test("on Cloudflare Pages with no SITE_URL, puts every canonical URL on the host's address", () => {
    const edgeDay = builtSite("2027-02-01");
    const canonicals = builtPages(edgeDay)
      .filter((path) => !path.endsWith("404.html"))
      .map((path) => loadPage(edgeDay, path)('link[rel="canonical"]').attr("href"));
    expect(canonicals.length).toBeGreaterThan(200);
    for (const url of canonicals) expect(url).toMatch(new RegExp(`^${CLOUDFLARE_PAGES_URL}/`));
  });
});
