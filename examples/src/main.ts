#!/usr/bin/env node
// `npm run example`: the main job, then the Dixa -> Zendesk QA move, against mock servers when no
// credentials are set (see README.md).
import { runDixaToZendeskQa } from "./run-dixa-to-zendesk-qa.js";
import { runExample } from "./run-example.js";

runExample()
  .then(() => runDixaToZendeskQa())
  .then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      console.error(`\n${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
