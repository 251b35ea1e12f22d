import { describe, expect, it } from "vitest";
import { dialectFor } from "../../src/dialects/index.js";
import type { FaultStep } from "../../src/faults.js";
import { loadOperations } from "../../src/operations.js";
import { Answers } from "../../src/server/answer.js";
import { faultDelay, faultOutcome, resetsBeforeBody } from "../../src/server/faults.js";
import type { RecordedRequest } from "../../src/server/record.js";
import { specOf } from "../helpers.js";

const spec = specOf("dixa");
const getConversation = loadOperations(spec).find((o) => o.operationId === "getConversation")!;
const answers = new Answers(spec, () => dialectFor("dixa"));
const record = {
  url: "/v1/conversations/1",
  query: {},
  body: undefined,
} as unknown as RecordedRequest;

describe("faultOutcome", () => {
  it.each<[string, FaultStep, unknown]>([
    ["hang", { hang: true }, { kind: "hang" }],
    ["reset after the body", { reset: "after-body" }, { kind: "reset" }],
    ["a plain delay", { delayMs: 5 }, { kind: "normal" }],
    [
      "malformed JSON at the success status",
      { malformedJson: true },
      {
        kind: "answer",
        answer: { status: 200, type: "application/json", raw: '{"data": [{"id": 1, "broken": ' },
      },
    ],
    [
      "a status with its own body and headers",
      { status: 404, body: { message: "no" }, headers: { "x-id": "1" } },
      {
        kind: "answer",
        answer: { status: 404, body: { message: "no" }, headers: { "x-id": "1" } },
      },
    ],
    [
      "a status with the spec's example",
      { status: 500 },
      {
        kind: "answer",
        answer: {
          status: 500,
          body: { message: "There was an internal server error while processing the request" },
          type: "application/json",
          headers: undefined,
        },
      },
    ],
    [
      "a 429 in the vendor's shape, with Retry-After",
      { status: 429, headers: { "retry-after": "1" } },
      {
        kind: "answer",
        answer: {
          status: 429,
          body: { message: "Too Many Requests" },
          type: "application/json",
          headers: { "retry-after": "1" },
        },
      },
    ],
  ])("%s", (_name, step, outcome) => {
    expect(faultOutcome(step, getConversation, answers, record)).toEqual(outcome);
  });

  it("reads a step's delay and whether it resets before the body", () => {
    expect([faultDelay({ delayMs: 20 }), faultDelay({ hang: true })]).toEqual([20, undefined]);
    expect(resetsBeforeBody({ reset: "before-body" })).toBe(true);
    expect(resetsBeforeBody({ reset: "after-body" })).toBe(false);
  });
});
