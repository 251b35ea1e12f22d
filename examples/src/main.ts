#!/usr/bin/env node
// `npm run example`: the main job, against mock servers when no credentials are set (see README.md).
import { runExample } from "./run-example.js";

runExample().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
