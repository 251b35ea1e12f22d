// Once per test run, before any test file: make sure redis-server exists (installing it here, once,
// rather than racing apt-get from parallel files) and tell the files where it is.
import type { TestProject } from "vitest/node";
import { ensureRedisServer } from "./helpers/redis-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    redisServer: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide("redisServer", ensureRedisServer());
}
