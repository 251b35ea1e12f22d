import { describe, expect, it } from "vitest";
import { seenProblem } from "../../src/judges/seen.js";
import type { SeenRequest } from "../../src/vendor-server.js";
import { VENDORS } from "../../src/vendors.js";

const auth = VENDORS.haptik!.auth;
const route = "GET /integration/external/v2.0/get_chat_history/?pxut=p&conversation_no=2";
const named = "GET /mogambo_api/nodes/faq/create/status/t1/";
const origin = "http://127.0.0.1:1";
const call: SeenRequest = { vendor: "haptik", route, authOk: true, origin: undefined };
const browserCall: SeenRequest = { ...call, origin };
const preflight = (headers: string[]): SeenRequest => ({
  vendor: undefined,
  route: route.replace(/^GET/, "OPTIONS"),
  authOk: false,
  origin,
  preflight: { method: "GET", headers },
});
const asked = ["authorization", "client-id", "x-release-vendor"];

describe("seenProblem", () => {
  it.each<[string, SeenRequest[], string[], boolean, RegExp | undefined]>([
    ["one right call", [call], [route], false, undefined],
    ["no call", [], [route], false, /saw 0 calls/],
    ["a retried call", [call, call], [route], false, /saw 2 calls/],
    ["wrong credentials", [{ ...call, authOk: false }], [route], false, /with its credentials/],
    ["another vendor's call", [{ ...call, vendor: "dixa" }], [route], false, /expected GET/],
    [
      "the expected calls in order",
      [call, { ...call, route: named }],
      [route, named],
      false,
      undefined,
    ],
    [
      "the expected calls out of order",
      [{ ...call, route: named }, call],
      [route, named],
      false,
      /expected GET/,
    ],
    [
      "a browser's call after its preflight",
      [preflight(asked), browserCall],
      [route],
      true,
      undefined,
    ],
    [
      "a browser's call without Origin",
      [preflight(asked), call],
      [route],
      true,
      /without an Origin/,
    ],
    ["a browser's call without preflight", [browserCall], [route], true, /no preflight/],
    [
      "a preflight that did not ask for client-id",
      [preflight(["authorization", "x-release-vendor"]), browserCall],
      [route],
      true,
      /did not ask for client-id/,
    ],
  ])("%s", (_, seen, expected, crossOrigin, problem) => {
    const found = seenProblem(seen, "haptik", expected, auth, crossOrigin);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});
