import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(PROJECT_ROOT, "dist");
const ASTRO_CLI = join(PROJECT_ROOT, "node_modules/astro/bin/astro.mjs");
const VITEST_VARIABLES = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]);

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/**
 * Builds the site into a fresh temporary folder with the given environment, using the Node
 * that runs the tests (the project's own Node 24, under npm scripts).
 */
export function buildSite(env: Record<string, string | undefined>): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), "inw-build-"));
  // Vitest puts Vite's own variables (BASE_URL, MODE, ...) into process.env; passed on, BASE_URL
  // would override the child build's base path.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.has(name)),
  );
  const result = spawnSync(process.execPath, [ASTRO_CLI, "build", "--outDir", outDir], {
    cwd: PROJECT_ROOT,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Reads a file of a built site, failing with a clear message when the build did not make it. */
export function readBuilt(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}
