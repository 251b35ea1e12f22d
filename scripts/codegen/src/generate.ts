import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadVendor, type LoadedVendor } from "./config/load.js";
import { clientSource } from "./emit/client.js";
import { errorsSource } from "./emit/errors.js";
import { indexSource } from "./emit/index.js";
import { methodsSource } from "./emit/methods.js";
import { operationsSource } from "./emit/operations.js";
import { operationsMarkdown, withOperations } from "./emit/readme.js";
import { schemaSource } from "./emit/schema.js";
import { testingIndexSource, testingSpecSource } from "./emit/testing.js";
import { format } from "./emit/text.js";
import { webhooksSource } from "./emit/webhooks.js";
import { vendorModel } from "./model/index.js";
import type { OutputSet } from "./write.js";

// schema.ts and @cxkit/testing's spec modules are large (hundreds of kB) and prettier-ignored like
// every generated file: formatting them would take longer than generating everything else. methods.ts
// and operations.ts (60 and 30 kB for Dixa, half of prettier's time) are written by their emitters in
// their final layout. The other emitters' output is formatted, so a reviewer reads what they would
// have written.
const UNFORMATTED =
  /\/generated\/(schema|methods|operations)\.ts$|^packages\/testing\/src\/generated\/(?!index\.ts$)/;

/** A generated file as `generate` writes it: formatted with the repo's prettier config, or as emitted. */
export async function asWritten(root: string, rel: string, source: string): Promise<string> {
  return UNFORMATTED.test(rel) ? source : format(source, path.join(root, rel));
}

async function formatted(
  root: string,
  files: Record<string, string>,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [rel, source] of Object.entries(files)) out[rel] = await asWritten(root, rel, source);
  return out;
}

/** The generated sources of one vendor (`packages/<vendor>/src/generated/*`), formatted. */
export async function vendorFiles(
  root: string,
  loaded: LoadedVendor,
): Promise<Record<string, string>> {
  const model = vendorModel(loaded);
  const dir = `packages/${loaded.vendor}/src/generated`;
  const envelope = loaded.spec.components?.schemas?.WebhookEnvelope ? "WebhookEnvelope" : undefined;
  const webhooks = webhooksSource(model, envelope);
  return formatted(root, {
    [`${dir}/client.ts`]: clientSource(model),
    [`${dir}/errors.ts`]: errorsSource(model),
    [`${dir}/index.ts`]: indexSource(model),
    [`${dir}/methods.ts`]: methodsSource(model),
    [`${dir}/operations.ts`]: operationsSource(model),
    [`${dir}/schema.ts`]: schemaSource(loaded.specFile, loaded.spec),
    ...(webhooks ? { [`${dir}/webhooks.ts`]: webhooks } : {}),
  });
}

/**
 * The vendor README with its operations section refreshed, or nothing when it has no markers. Only the
 * generated section is formatted: the rest is hand-written and kept formatted by `format:check`, and
 * formatting its TypeScript examples took longer than generating a vendor's code.
 */
export async function readmeFiles(
  root: string,
  loaded: LoadedVendor,
): Promise<Record<string, string>> {
  const rel = `packages/${loaded.vendor}/README.md`;
  const file = path.join(root, rel);
  if (!existsSync(file)) return {};
  const section = await format(operationsMarkdown(vendorModel(loaded), loaded.spec), file);
  const updated = withOperations(readFileSync(file, "utf8"), section.trimEnd());
  return updated === undefined ? {} : { [rel]: updated };
}

/** Everything generated for the given vendors: per vendor its sources and README. */
export async function vendorOutputs(
  root: string,
  vendors: readonly string[],
): Promise<OutputSet[]> {
  const sets: OutputSet[] = [];
  for (const vendor of vendors) {
    if (!existsSync(path.join(root, "packages", vendor, "package.json"))) {
      throw new Error(
        `packages/${vendor} does not exist: run \`npm run new-vendor ${vendor}\` first`,
      );
    }
    const loaded = loadVendor(root, vendor);
    sets.push({
      ownedDir: `packages/${vendor}/src/generated`,
      files: await vendorFiles(root, loaded),
      source: `specs/${vendor}/`,
    });
    sets.push({ files: await readmeFiles(root, loaded), source: `specs/${vendor}/` });
  }
  return sets;
}

/** @cxkit/testing's copy of every spec (`packages/testing/src/generated/*`). */
export async function testingOutputs(root: string, vendors: readonly string[]): Promise<OutputSet> {
  const dir = "packages/testing/src/generated";
  const files: Record<string, string> = {};
  for (const vendor of vendors)
    files[`${dir}/${vendor}.ts`] = testingSpecSource(loadVendor(root, vendor));
  files[`${dir}/index.ts`] = testingIndexSource(vendors);
  return { ownedDir: dir, files: await formatted(root, files), source: "specs/" };
}
