#!/usr/bin/env node
// cxkit-codegen generate [--check] [--testing] [vendor ...]
//   Writes packages/<vendor>/src/generated/ (and the README's operations section) from specs/<vendor>/;
//   with no vendor, every vendor and @cxkit/testing's copy of the specs; `--testing` alone only the
//   latter. `--check` writes nothing and exits 1 when any generated file differs (drift).
// cxkit-codegen new-vendor <vendor>
//   Scaffolds packages/<vendor>/ from specs/<vendor>/ and registers it where the repo lists vendors.
import { existsSync } from "node:fs";
import path from "node:path";
import { testingOutputs, vendorOutputs } from "./generate.js";
import { newVendor } from "./new-vendor.js";
import { findRoot, listVendors } from "./root.js";
import { writeOutputs, type OutputSet } from "./write.js";

async function generate(args: string[]): Promise<number> {
  const root = findRoot();
  const check = args.includes("--check");
  const only = args.filter((a) => !a.startsWith("--"));
  const testingOnly = args.includes("--testing") && only.length === 0;
  const all = listVendors(root);
  for (const vendor of only) {
    if (!all.includes(vendor))
      throw new Error(`unknown vendor "${vendor}": specs/ has ${all.join(", ")}`);
  }
  const vendors = testingOnly ? [] : only.length > 0 ? only : all;
  const sets: OutputSet[] = await vendorOutputs(root, vendors);
  const withTesting = testingOnly || only.length === 0;
  if (withTesting && existsSync(path.join(root, "packages", "testing", "package.json"))) {
    sets.push(await testingOutputs(root, all));
  }
  const report = writeOutputs(root, sets, check);
  for (const line of report.written) console.log(line);
  if (check) {
    for (const line of report.drift) console.error(`drift: ${line}`);
    if (report.drift.length > 0) {
      console.error(
        `${report.drift.length} generated file(s) out of date: run \`npm run generate\``,
      );
      return 1;
    }
    console.log(`generated code is up to date (${testingOnly ? "testing" : vendors.join(", ")})`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === "generate") return generate(args);
  if (command === "new-vendor") return newVendor(findRoot(), args[0]);
  console.error(
    "usage: cxkit-codegen generate [--check] [--testing] [vendor ...] | new-vendor <vendor>",
  );
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
