import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { load } from "cheerio";
import { describe, expect, test } from "vitest";
import { buildSite, DIST, readBuilt } from "../helpers/build";
import { oracleWeek } from "../helpers/oracle";

interface DatesJson {
  rule: string;
  today: string;
  years: { year: number; start: string; businessEnd: string; end: string }[];
}

const datesJson = JSON.parse(readBuilt(DIST, "dates.json")) as DatesJson;

function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return hashes;
}

describe("dist/dates.json", () => {
  test("states the rule and the day it was built for", () => {
    expect(datesJson.rule).toMatch(/first Monday of February/);
    expect(datesJson.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("lists every year from 2007 through today's year + 10, each matching the oracle", () => {
    const lastYear = Number(datesJson.today.slice(0, 4)) + 10;
    const expected = [];
    for (let year = 2007; year <= lastYear; year++) expected.push(oracleWeek(year));
    expect(
      datesJson.years.map(({ year, start, businessEnd, end }) => ({
        year,
        start,
        businessEnd,
        end,
      })),
    ).toEqual(expected);
  });
});

describe("the home page's When is it? rows", () => {
  test("show last, this and next year's Mondays for the build's today", () => {
    const $ = load(readBuilt(DIST, "index.html"));
    const year = Number(datesJson.today.slice(0, 4));
    const expected = {
      last: oracleWeek(year - 1),
      this: oracleWeek(year),
      next: oracleWeek(year + 1),
    };
    for (const occurrence of ["last", "this", "next"] as const) {
      const row = $(`[data-occurrence="${occurrence}"]`);
      expect(row.length, occurrence).toBe(1);
      expect(row.find("time").first().attr("datetime"), occurrence).toBe(
        expected[occurrence].start,
      );
    }
  });
});

describe("the build", () => {
  test("turns on the sitemap", () => {
    expect(readBuilt(DIST, "sitemap-index.xml")).toContain("<sitemapindex");
  });

  test("is byte-identical whatever the machine's time zone", () => {
    const env = { SITE_TODAY: "2027-02-01" };
    const east = buildSite({ ...env, TZ: "Pacific/Kiritimati" });
    const west = buildSite({ ...env, TZ: "America/Sao_Paulo" });
    expect(east.status, east.output).toBe(0);
    expect(west.status, west.output).toBe(0);
    const eastHashes = hashTree(east.outDir);
    expect(Object.keys(eastHashes).length).toBeGreaterThan(2);
    expect(hashTree(west.outDir)).toEqual(eastHashes);
    const built = JSON.parse(readBuilt(east.outDir, "dates.json")) as DatesJson;
    expect(built.today).toBe("2027-02-01");
    expect(
      built.years.map(({ year, start, businessEnd, end }) => ({ year, start, businessEnd, end })),
    ).toEqual(Array.from({ length: 2037 - 2007 + 1 }, (_, index) => oracleWeek(2007 + index)));
  });

  test.each(["2026-02-30", "tomorrow", "", "2026-2-1"])(
    "stops on SITE_TODAY=%j with a message naming SITE_TODAY and the format",
    (value) => {
      const result = buildSite({ SITE_TODAY: value });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`SITE_TODAY=${JSON.stringify(value)} is not valid`);
      expect(result.output).toContain("YYYY-MM-DD");
    },
  );
});
