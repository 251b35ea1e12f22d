import { describe, expect, it } from "vitest";
import { dialectFor } from "../../src/dialects/index.js";
import { loadOperations, type OperationSpec } from "../../src/operations.js";
import { Answers } from "../../src/server/answer.js";
import type { RecordedRequest } from "../../src/server/record.js";

const item = { type: "object", required: ["id"], properties: { id: { type: "integer" } } };
const spec = {
  openapi: "3.1.0",
  info: { title: "answers", version: "1" },
  paths: {
    "/items": {
      get: {
        operationId: "listItems",
        "x-cxkit-pagination": { style: "cursor-link", cursorParam: "pageKey", next: "meta.next" },
        responses: {
          "200": {
            description: "a page",
            content: {
              "application/json": {
                examples: {
                  first: { value: { data: [{ id: 1 }], meta: { next: "/items?pageKey=2" } } },
                  empty: { value: { data: [], meta: {} } },
                },
              },
            },
          },
          "404": {
            description: "none",
            content: { "application/json": { examples: { gone: { value: { message: "gone" } } } } },
          },
        },
      },
    },
    "/items/{id}": {
      get: {
        operationId: "getItem",
        responses: {
          "201": { description: "an item", content: { "application/json": { schema: item } } },
          "500": { description: "oops" },
        },
      },
    },
    "/report": {
      get: {
        operationId: "getReport",
        responses: {
          "200": { description: "text", content: { "text/csv": { schema: { type: "string" } } } },
        },
      },
    },
  },
};
const operations = loadOperations(spec);
const op = (id: string): OperationSpec => operations.find((o) => o.operationId === id)!;
const answers = new Answers(spec, () => dialectFor("dixa"));
const record = (url: string): RecordedRequest => ({
  operationId: undefined,
  method: "GET",
  url,
  path: url.split("?")[0]!,
  pathParams: {},
  query: Object.fromEntries(new URLSearchParams(url.split("?")[1] ?? "")),
  headers: {},
  body: undefined,
  text: "",
  files: {},
  valid: true,
  problem: undefined,
  status: undefined,
  fault: undefined,
});

describe("Answers.forReply", () => {
  it.each<[string, string, Record<string, unknown>, unknown]>([
    ["the first example", "/items", {}, { data: [{ id: 1 }], meta: { next: "/items?pageKey=2" } }],
    ["a named example", "/items", { example: "empty" }, { data: [], meta: {} }],
    [
      "the last page for a later page's cursor",
      "/items?pageKey=2",
      {},
      { data: [{ id: 1 }], meta: {} },
    ],
    ["an error status's example", "/items", { status: 404 }, { message: "gone" }],
    [
      "the dialect's shape for an undocumented error",
      "/items",
      { status: 503 },
      { message: "Service Unavailable" },
    ],
    ["the reply's own body", "/items", { body: { data: [] } }, { data: [] }],
  ])("answers %s", (_name, url, reply, body) => {
    expect(answers.forReply(op("listItems"), reply, record(url)).body).toEqual(body);
  });

  it("generates a schema-valid body with the lowest 2xx when the spec has no example", () => {
    expect(answers.forReply(op("getItem"), {}, record("/items/1"))).toMatchObject({
      status: 201,
      body: { id: 1 },
      type: "application/json",
    });
  });

  it("sends a string body of a text operation as that text, with its documented type", () => {
    const answer = answers.forReply(op("getReport"), { body: "a,b\n" }, record("/report"));
    expect(answer).toMatchObject({ body: "a,b\n", type: "text/csv" });
  });
});

describe("Answers.forStatus and forProblem", () => {
  it("a fault's status gets the documented example, else the vendor's error shape", () => {
    expect(answers.forStatus(op("listItems"), 404, record("/items")).body).toEqual({
      message: "gone",
    });
    expect(answers.forStatus(op("getItem"), 500, record("/items/1")).body).toEqual({
      message: "Internal Server Error",
    });
    expect(answers.forStatus(undefined, 502, record("/nowhere")).body).toEqual({
      message: "Bad Gateway",
    });
  });

  it("a 405 names the allowed methods", () => {
    const answer = answers.forProblem(
      { kind: "method-not-allowed", method: "PUT", path: "/items", allowed: ["GET", "POST"] },
      undefined,
      [],
    );
    expect(answer).toMatchObject({ status: 405, headers: { allow: "GET, POST" } });
  });
});

describe("Answers.respond", () => {
  it("stores replies until clear(), and calls a reply function per request", async () => {
    const own = new Answers(spec, () => dialectFor("generic"));
    own.respond(op("getItem"), (request) => ({ body: { id: request.url.length } }));
    expect(await own.replyFor(op("getItem"), record("/items/7"))).toEqual({ body: { id: 8 } });
    own.clear();
    expect(await own.replyFor(op("getItem"), record("/items/7"))).toEqual({});
  });

  it.each<[string, unknown, RegExp]>([
    ["a non-object", 42, /a reply must be an object/],
    ["a status out of range", { status: 600 }, /status must be an HTTP status, got 600/],
    [
      "an unknown example",
      { example: "nope" },
      /the 200 response has no example "nope"; it has: first, empty/,
    ],
  ])("refuses %s", (_name, reply, message) => {
    expect(() => answers.respond(op("listItems"), reply as never)).toThrow(message);
  });
});
