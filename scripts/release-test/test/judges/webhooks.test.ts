import { describe, expect, it } from "vitest";
import { webhooksProblem } from "../../src/judges/webhooks.js";
import { deliveriesFor } from "../../src/webhook-deliveries.js";

const deliveries = deliveriesFor("creovai")!;
/** The outcomes a correct receiver reports for the Creovai deliveries. */
const right = [
  { name: "the right Basic credentials", accepted: "bbsnbcbe3" },
  { name: "wrong Basic credentials", reason: "bad-credentials" },
  { name: "no credentials", reason: "missing-credentials" },
  { name: "handler, the right Basic credentials", status: 200, handled: ["bbsnbcbe3"] },
  { name: "handler, no credentials", status: 401, handled: [] },
];

describe("webhooksProblem", () => {
  it("passes the outcomes of a correct receiver", () => {
    expect(webhooksProblem(right, deliveries)).toBeUndefined();
  });

  it.each<[string, unknown, RegExp]>([
    [
      "a forgery accepted",
      right.map((o, i) => (i === 1 ? { name: o.name, accepted: "bbsnbcbe3" } : o)),
      /wrong Basic credentials: expected refused with reason bad-credentials/,
    ],
    [
      "another reason",
      right.map((o, i) => (i === 2 ? { name: o.name, reason: "bad-credentials" } : o)),
      /no credentials: expected refused with reason missing-credentials/,
    ],
    [
      "a handler that answered 200 to a refused delivery",
      right.map((o, i) => (i === 4 ? { ...o, status: 200 } : o)),
      /handler, no credentials: expected answered 401/,
    ],
    ["a missing outcome", right.slice(0, 4), /4 outcomes for 5 deliveries/],
    ["no outcomes at all", "nothing", /0 outcomes for 5 deliveries/],
  ])("fails %s", (_, outcomes, problem) => {
    expect(webhooksProblem(outcomes, deliveries)).toMatch(problem);
  });
});

describe("the Dixa deliveries", () => {
  it("are signed as Dixa documents, t in milliseconds", () => {
    const [signed, , , , stale] = deliveriesFor("dixa", 1_700_000_000_000)!;
    expect(signed?.headers["x-dixa-signature"]).toMatch(/^t=1700000000000,v1=[0-9a-f]{64}$/);
    expect(stale?.headers["x-dixa-signature"]).toMatch(/^t=1699999400000,/);
  });

  it("do not exist for Klaus, which sends no webhooks", () => {
    expect(deliveriesFor("klaus")).toBeUndefined();
  });
});
