import path from "node:path";
import { compareSpecs, type DriftResult } from "./compare-specs.js";
import { reconcile, type Reconciled } from "./exceptions.js";
import { readDescription } from "./load.js";
import type { NormalisedSpec } from "./model.js";
import { normaliseDescription } from "./normalise.js";
import { findUpstreamFile } from "./upstream-files.js";
import type { VendorProfile } from "./vendors/types.js";

/** A finished comparison: both sides as read, what differs, and what the vendor's exceptions explain. */
export interface Drift {
  profile: VendorProfile;
  ours: NormalisedSpec;
  upstreams: NormalisedSpec[];
  result: DriftResult;
  reconciled: Reconciled;
}

/** A parsed upstream description and what to call it. */
export interface UpstreamInput {
  /** The vendor's source name (`api`, `export`, `import`). */
  name: string;
  /** Where it came from, for messages. */
  label: string;
  doc: unknown;
}

/** Compares parsed documents (ours, then the vendor's sources in order) and applies the exceptions. */
export function driftOf(
  profile: VendorProfile,
  oursDoc: unknown,
  oursLabel: string,
  inputs: readonly UpstreamInput[],
): Drift {
  const ours = normaliseDescription(oursDoc, "ours", oursLabel);
  const upstreams = inputs.map((i) => normaliseDescription(i.doc, i.name, i.label));
  const result = compareSpecs(ours, upstreams, profile);
  return {
    profile,
    ours,
    upstreams,
    result,
    reconciled: reconcile(result.differences, profile.exceptions),
  };
}

/** Where to read from: the repository, and the upstream locations (default: the shared reference files). */
export interface DriftLocations {
  /** The repository root (our spec is `<root>/<profile.spec>`). */
  root: string;
  /** One location (file or URL) per vendor source, in order; default: each source's reference file. */
  upstream?: readonly string[];
  /** Where relative locations are taken from (default: the repository root). */
  cwd?: string;
}

/**
 * Reads our spec and the vendor's upstream descriptions and compares them. Without `upstream`
 * locations the reference files beside the repository (`../shared/upstream-specs/`) are read: that is
 * what the conformance tests do.
 */
export async function measureDrift(profile: VendorProfile, where: DriftLocations): Promise<Drift> {
  const cwd = where.cwd ?? where.root;
  const locations =
    where.upstream ?? profile.sources.map((s) => findUpstreamFile(s.file, where.root));
  if (locations.length !== profile.sources.length)
    throw new Error(
      `${profile.vendor}: ${profile.sources.length} upstream descriptions expected, got ${locations.length}`,
    );
  const oursFile = path.join(where.root, profile.spec);
  const [oursDoc, ...docs] = await Promise.all([
    readDescription(oursFile, cwd),
    ...locations.map((l) => readDescription(l, cwd)),
  ]);
  const inputs = profile.sources.map((s, i) => ({
    name: s.name,
    label: locations[i] ?? s.file,
    doc: docs[i],
  }));
  return driftOf(profile, oursDoc, profile.spec, inputs);
}
