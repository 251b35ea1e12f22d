import { describe, expect, it } from "vitest";
import { parseReports, reportedValue } from "../src/reports.js";

const printed = [
  "some runtime banner",
  'release:call "ok"',
  'release:webhooks [{"name":"signed","accepted":"message"}]',
  'release:api:failed "TypeError: fetch failed"',
  "release:mock {not json",
].join("\n");

describe("consumer reports", () => {
  const reports = parseReports(printed);

  it.each<[string, string, unknown]>([
    ["a value", "call", { value: "ok" }],
    ["a JSON value", "webhooks", { value: [{ name: "signed", accepted: "message" }] }],
    ["a part that threw", "api", { problem: "api threw: TypeError: fetch failed" }],
  ])("reads %s", (_, part, expected) => {
    expect(reportedValue(reports, part as "call", printed)).toEqual(expected);
  });

  it("says why an unreadable report or a missing one has no value", () => {
    expect(reportedValue(reports, "mock", printed)).toEqual({
      problem: "mock threw: unreadable report: {not json",
    });
    const none = reportedValue(parseReports("crashed"), "call", "crashed");
    expect(none).toEqual({ problem: "no call report; printed: crashed" });
  });
});
