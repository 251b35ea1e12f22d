// Exceptions: matching differences by operationId + exact text, stale ones, list mistakes, and the
// aspect each difference text belongs to (which conformance test case reports it).
import { describe, expect, it } from "vitest";
import {
  aspectOf,
  exceptionProblems,
  reconcile,
  VENDORS,
  type Aspect,
  type Difference,
  type Exception,
} from "@cxkit-tools/spec-drift";

const WHY = "a reason long enough to be one";

describe("aspectOf", () => {
  it.each<[string, Aspect]>([
    ["operation: missing upstream", "operation"],
    ["server: https://a in ours, https://b upstream", "server"],
    ['tags: ["A"] in ours, ["B"] upstream', "tags"],
    ["deprecated: true in ours, false upstream", "tags"],
    ['path "id": only in ours', "parameters"],
    ['query "pageKey": required is false in ours, true upstream', "parameters"],
    ['requestBody [Email]: property "_type" only in ours (required)', "requestBody"],
    ['requestBody.data[]: "id" is required in ours, optional upstream', "requestBody"],
    ["response 4XX: only in ours", "responses"],
    ['response 200 data [Chat]: property "_type" only in ours (required)', "responses"],
    ['export default body: "code" is required in ours, optional upstream', "schema"],
  ])("%s -> %s", (text, aspect) => {
    expect(aspectOf(text)).toBe(aspect);
  });
});

describe("reconcile", () => {
  const d = (operationId: string, text: string): Difference => ({
    operationId,
    text,
    aspect: aspectOf(text),
  });
  const differences = [d("a", "response 4XX: only in ours"), d("b", "response 4XX: only in ours")];

  it("explains a difference only with the same operationId and the exact text", () => {
    const exceptions: Exception[] = [
      { operationId: "a", diff: "response 4XX: only in ours", why: WHY },
      { operationId: "b", diff: "response 4xx: only in ours", why: WHY },
      { operationId: "c", diff: "response 4XX: only in ours", why: WHY },
    ];
    const { unexplained, applied, stale } = reconcile(differences, exceptions);
    expect(applied.map((x) => x.difference.operationId)).toEqual(["a"]);
    expect(unexplained.map((x) => x.operationId)).toEqual(["b"]);
    expect(stale.map((e) => e.operationId)).toEqual(["b", "c"]);
  });
});

describe("exceptionProblems", () => {
  it("names an unknown operation, a duplicate and a reason too short", () => {
    const exceptions: Exception[] = [
      { operationId: "a", diff: "x", why: WHY },
      { operationId: "a", diff: "x", why: WHY },
      { operationId: "zzz", diff: "y", why: WHY },
      { operationId: "a", diff: "z", why: "because" },
    ];
    expect(exceptionProblems(exceptions, new Set(["a"]))).toEqual([
      "a x: listed twice",
      "zzz y: no operation or shared schema zzz",
      "a z: the reason is too short to be one",
    ]);
  });

  it.each(Object.values(VENDORS).map((v) => [v.vendor, v] as const))(
    "%s: every not-upstream operation has a reason",
    (_name, profile) => {
      for (const n of profile.notUpstream) expect(n.why.length, n.operationId).toBeGreaterThan(20);
    },
  );
});
