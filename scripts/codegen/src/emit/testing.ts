import type { LoadedVendor } from "../config/load.js";
import { header } from "./text.js";

/** One vendor's spec as a module of @cxkit/testing, which serves it. */
export function testingSpecSource(loaded: LoadedVendor): string {
  return `${header(loaded.specFile)}
/** ${loaded.specFile} as data, for the mock server. */
export const spec: Record<string, unknown> = ${JSON.stringify(loaded.spec)};

/** specs/${loaded.vendor}/cxkit.json. */
export const config = ${JSON.stringify(loaded.config)} as const;
`;
}

/** The index of @cxkit/testing's generated specs. */
export function testingIndexSource(vendors: readonly string[]): string {
  const ident = (v: string) => v.replace(/-/g, "_");
  return `${header("specs/*/openapi.yaml")}
${vendors.map((v) => `import * as ${ident(v)} from "./${v}.js";`).join("\n")}

/** Every vendor spec in specs/, by vendor name. */
export const vendorSpecs = { ${vendors.map((v) => `${JSON.stringify(v)}: { spec: ${ident(v)}.spec, config: ${ident(v)}.config }`).join(", ")} };

/** A vendor with a spec in specs/. */
export type VendorName = keyof typeof vendorSpecs;
`;
}
