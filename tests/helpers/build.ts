/**
 * The builds the tests read, each made once. `npm test` makes them all in its build stage
 * (scripts/build-tests.mjs); the Vitest global setup makes whichever is missing or out of date, so
 * a test file run on its own reads the same builds. Builds of one project at once collide in its
 * .astro/ folder (Astro's `cacheDir` moves only node_modules/.astro), so they run one at a time.
 *
 * Imports only node: modules and uses only erasable TypeScript, so the scripts import it directly
 * under Node's own type stripping.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const BUILDS_DIR = join(PROJECT_ROOT, "node_modules/.cache/test-builds");
const ASTRO_CLI = join(PROJECT_ROOT, "node_modules/astro/bin/astro.mjs");
/** What a build depends on besides its settings: a change to any of them makes it out of date. */
const INPUTS = ["src", "public", "astro.config.mjs", "package-lock.json", "tsconfig.json"];
/**
 * Not passed on to a build: the settings, which a developer's shell must not slip into a test
 * build, and Vite's own variables, which Vitest puts into process.env (BASE_URL would set the base
 * path).
 */
const NOT_INHERITED = new Set([
  ...["SITE_TODAY", "SITE_URL", "BASE_PATH", "TZ"],
  // A CI or host machine's own flags and address (src/lib/site-config.ts reads them).
  ...[
    "CI",
    "NETLIFY",
    "URL",
    "CF_PAGES",
    "CF_PAGES_URL",
    "VERCEL",
    "VERCEL_PROJECT_PRODUCTION_URL",
  ],
  ...["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"],
]);

/** The day the site is built for, in every build but the edge days. */
export const BUILD_DAY = "2026-11-25";

/** Days around the edges of a week and a year, each built once for the home page and dates table. */
const EDGE_DAYS = [
  "2026-12-31",
  "2027-01-01",
  "2027-01-31",
  "2027-02-01",
  "2027-02-07",
  "2027-02-08",
] as const;

/** The address Cloudflare Pages gives the edge-day builds. */
export const CLOUDFLARE_PAGES_URL = "https://example.pages.dev";

/** Every build the tests read, by name, with its environment. */
const BUILDS: Record<string, Record<string, string>> = {
  /** At the root of the default SITE_URL: the built-site checks, `npm run size`, the browser. */
  default: { SITE_TODAY: BUILD_DAY, TZ: "Pacific/Kiritimati" },
  /** The default build on a machine 17 hours behind: it must be byte-identical. */
  "default-in-sao-paulo": { SITE_TODAY: BUILD_DAY, TZ: "America/Sao_Paulo" },
  /** Under a sub-path of another origin, as a GitHub Pages project site. */
  inw: { SITE_TODAY: BUILD_DAY, SITE_URL: "https://example.org", BASE_PATH: "/inw/" },
  // Built as Cloudflare Pages builds them, with no SITE_URL: the address is the host's.
  ...Object.fromEntries(
    EDGE_DAYS.map((day) => [
      day,
      { SITE_TODAY: day, CF_PAGES: "1", CF_PAGES_URL: CLOUDFLARE_PAGES_URL },
    ]),
  ),
};

/** The folder of a build the tests read: `builtSite("inw")`. */
export function builtSite(name: string): string {
  if (!(name in BUILDS)) throw new Error(`No test build is named ${name}: see BUILDS`);
  return join(BUILDS_DIR, name);
}

/** The built site the scripts measure and serve: `SITE_DIST` when set, else dist/. */
export function siteDir(): string {
  return resolve(process.env.SITE_DIST || join(PROJECT_ROOT, "dist"));
}

interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` into `outDir` with the given settings, on the Node that runs this. */
function buildSite(outDir: string, env: Record<string, string>): BuildResult {
  const inherited = Object.entries(process.env).filter(([name]) => !NOT_INHERITED.has(name));
  const result = spawnSync(process.execPath, [ASTRO_CLI, "build", "--outDir", outDir], {
    cwd: PROJECT_ROOT,
    env: { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds into a fresh temporary folder, for a build expected to fail. */
export function buildInTemporaryFolder(env: Record<string, string>): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), "inw-build-"));
  try {
    return buildSite(outDir, env);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** A hash of every input file's path and content. */
function hashInputs(): string {
  const hash = createHash("sha256");
  const files = INPUTS.flatMap((input) => {
    const path = join(PROJECT_ROOT, input);
    if (!statSync(path).isDirectory()) return [input];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)));
  });
  for (const file of files.sort()) {
    hash.update(`${file}\0`).update(readFileSync(join(PROJECT_ROOT, file)));
  }
  return hash.digest("hex");
}

/**
 * Makes every build of BUILDS that is missing or out of date (all of them when `fresh`), one at a
 * time, and says how long each took. Throws with the build's output when one fails.
 */
export function makeBuilds({ fresh = false, log = console.log } = {}): void {
  const inputs = hashInputs();
  for (const [name, env] of Object.entries(BUILDS)) {
    const dir = builtSite(name);
    const stamp = `${dir}.stamp`;
    const key = createHash("sha256").update(inputs).update(JSON.stringify(env)).digest("hex");
    if (!fresh && existsSync(stamp) && readFileSync(stamp, "utf8") === key) continue;
    rmSync(stamp, { force: true });
    rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    const result = buildSite(dir, env);
    const settings = Object.entries(env).map(([variable, value]) => `${variable}=${value}`);
    if (result.status !== 0) {
      throw new Error(`The ${name} build (${settings.join(" ")}) failed:\n${result.output}`);
    }
    writeFileSync(stamp, key);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`built ${name} (${settings.join(" ")}) in ${seconds} s`);
  }
}

/** Reads a file of a built site. */
export function readBuilt(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}
