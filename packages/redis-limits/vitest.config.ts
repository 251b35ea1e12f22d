import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Installing redis-server on a fresh machine (apt-get) takes a while; the tests themselves do not.
    hookTimeout: 300_000,
    testTimeout: 30_000,
  },
});
