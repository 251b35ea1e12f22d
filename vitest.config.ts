import { defineConfig } from "vitest/config";

// Repo-wide tests: specs, generator, conformance, and the repo tools under scripts/*/test.
// Package tests run from each package.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "scripts/*/test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
