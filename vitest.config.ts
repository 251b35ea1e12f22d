import { defineConfig } from "vitest/config";

// Repo-wide tests: specs, generator, conformance. Package tests run from each package.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
