import type { Aspect } from "./aspects.js";
import { compareRequestBodies } from "./compare-bodies.js";
import { compareParameters } from "./compare-parameters.js";
import { compareResponses } from "./compare-responses.js";
import type { NormalisedOperation } from "./model.js";
import type { DriftRules } from "./rules.js";

function compareServer(a: NormalisedOperation, b: NormalisedOperation, out: string[]): void {
  if (a.server !== b.server)
    out.push(`server: ${a.server ?? "none"} in ours, ${b.server ?? "none"} upstream`);
}

function compareTags(a: NormalisedOperation, b: NormalisedOperation, out: string[]): void {
  const ta = JSON.stringify([...a.tags].sort());
  const tb = JSON.stringify([...b.tags].sort());
  if (ta !== tb) out.push(`tags: ${ta} in ours, ${tb} upstream`);
  if (a.deprecated !== b.deprecated)
    out.push(`deprecated: ${a.deprecated} in ours, ${b.deprecated} upstream`);
}

/**
 * The differences between one of our operations (`a`) and the upstream operation at the same method +
 * path (`b`), for each aspect the vendor compares, as texts (see aspectOf for how they start).
 */
export function compareOperation(
  a: NormalisedOperation,
  b: NormalisedOperation,
  rules: DriftRules,
): string[] {
  const out: string[] = [];
  const on = (aspect: Aspect): boolean => rules.aspects.includes(aspect);
  if (on("server")) compareServer(a, b, out);
  if (on("tags")) compareTags(a, b, out);
  if (on("parameters")) compareParameters(a.parameters, b.parameters, out);
  if (on("requestBody")) compareRequestBodies(a.requestBody, b.requestBody, rules.schemaDepth, out);
  if (on("responses"))
    compareResponses(
      a.responses,
      b.responses,
      { depth: rules.schemaDepth, dataMember: rules.dataMember },
      out,
    );
  return out;
}
