import { makeBuilds } from "./build";

/** Vitest's global setup for the build and browser checks: every build they read, up to date. */
export default function setup(): void {
  makeBuilds();
}
