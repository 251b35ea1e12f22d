import { describe, expect, it } from "vitest";
import { parseHaptikTimestamp } from "@cxkit/haptik";

describe("parseHaptikTimestamp", () => {
  it.each([
    ["06/22/20 07:24:25 AM UTC", "2020-06-22T07:24:25.000Z"],
    ["06/22/20 07:24:25 PM UTC", "2020-06-22T19:24:25.000Z"],
    ["01/01/21 12:00:00 AM UTC", "2021-01-01T00:00:00.000Z"],
    ["01/01/21 12:30:00 PM UTC", "2021-01-01T12:30:00.000Z"],
    ["02/29/24 11:59:59 PM UTC", "2024-02-29T23:59:59.000Z"],
  ])("%s", (input, iso) => {
    expect(parseHaptikTimestamp(input).toISOString()).toBe(iso);
  });

  it.each([
    "",
    "2020-06-22T07:24:25Z",
    "06/22/20 07:24:25 UTC",
    "13/01/20 07:24:25 AM UTC",
    "02/30/21 01:00:00 AM UTC",
    "06/22/20 00:24:25 AM UTC",
    "06/22/20 07:24:25 AM CET",
  ])("rejects %j, showing the input", (input) => {
    expect(() => parseHaptikTimestamp(input)).toThrow(JSON.stringify(input));
  });
});
