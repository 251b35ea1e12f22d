import type { Exception } from "../exceptions.js";
import type { DriftRules } from "../rules.js";

/** One upstream description of a vendor: the vendor's own file, kept under `../shared/upstream-specs/`. */
export interface UpstreamSource {
  /** How reports and shared-schema differences name it (`api`, `export`, `import`). */
  name: string;
  /** The reference file under `shared/upstream-specs/` the conformance test compares with. */
  file: string;
  /** What it is, for `--help`. */
  describes: string;
}

/** Everything vendor-specific about comparing a vendor's spec with the vendor's own descriptions. */
export interface VendorProfile extends DriftRules {
  /** The `specs/<vendor>/` directory name. */
  vendor: string;
  /** Our spec, relative to the repository root. */
  spec: string;
  /** The upstream descriptions, in the order the command line takes them. */
  sources: readonly UpstreamSource[];
  /** Deliberate differences, each with its reason: the conformance test fails on any other. */
  exceptions: readonly Exception[];
}
