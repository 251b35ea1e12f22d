import { describe, expect, it } from "vitest";
import type { Consumer } from "../../src/consumer-project.js";
import { seenProblem } from "../../src/runtimes/runtime.js";
import type { SeenRequest } from "../../src/vendor-server.js";
import { VENDORS } from "../../src/vendors.js";

const consumer: Consumer = { vendor: "haptik", spec: VENDORS.haptik!, dir: "/nowhere" };
const route = "GET /integration/external/v2.0/get_chat_history/?pxut=p&conversation_no=2";
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
  it.each<[string, SeenRequest[], boolean, RegExp | undefined]>([
    ["one right call", [call], false, undefined],
    ["no call", [], false, /saw 0 calls/],
    ["a retried call", [call, call], false, /saw 2 calls/],
    ["wrong credentials", [{ ...call, authOk: false }], false, /with its credentials/],
    ["another vendor's call", [{ ...call, vendor: "dixa" }], false, /expected GET/],
    ["a browser's call after its preflight", [preflight(asked), browserCall], true, undefined],
    ["a browser's call without Origin", [preflight(asked), call], true, /without an Origin/],
    ["a browser's call without preflight", [browserCall], true, /no preflight/],
    [
      "a preflight that did not ask for client-id",
      [preflight(["authorization", "x-release-vendor"]), browserCall],
      true,
      /did not ask for client-id/,
    ],
  ])("%s", (_, seen, crossOrigin, problem) => {
    const found = seenProblem(seen, consumer, crossOrigin);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});
