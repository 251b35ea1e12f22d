// generated from specs/*/openapi.yaml by @cxkit-tools/codegen, do not edit

import * as creovai from "./creovai.js";
import * as dixa from "./dixa.js";
import * as haptik from "./haptik.js";
import * as klaus from "./klaus.js";

/** Every vendor spec in specs/, by vendor name. */
export const vendorSpecs = {
  creovai: { spec: creovai.spec, config: creovai.config },
  dixa: { spec: dixa.spec, config: dixa.config },
  haptik: { spec: haptik.spec, config: haptik.config },
  klaus: { spec: klaus.spec, config: klaus.config },
};

/** A vendor with a spec in specs/. */
export type VendorName = keyof typeof vendorSpecs;
