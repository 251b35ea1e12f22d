import { describe, expect, it } from "vitest";
import { parseDixaTimestamp } from "@cxkit/dixa";

describe("parseDixaTimestamp", () => {
  it.each([
    ["2021-12-01T12:46:36.581Z[GMT]", "2021-12-01T12:46:36.581Z"],
    ["2021-12-01T12:46:36.5Z[GMT]", "2021-12-01T12:46:36.500Z"],
    ["2021-12-01T12:46Z[GMT]", "2021-12-01T12:46:00.000Z"],
    ["2024-03-11T16:39:30Z", "2024-03-11T16:39:30.000Z"],
    ["2021-12-01T12:46:36.581Z", "2021-12-01T12:46:36.581Z"],
    ["2021-12-01T14:46:36+02:00", "2021-12-01T12:46:36.000Z"],
    ["2021-12-01T12:46:36+01:00[Europe/Copenhagen]", "2021-12-01T11:46:36.000Z"],
    ["2021-12-01T12:46:35.935", "2021-12-01T12:46:35.935Z"],
  ])("%s", (input, iso) => {
    expect(parseDixaTimestamp(input).toISOString()).toBe(iso);
  });

  it.each([
    "",
    "yesterday",
    "2021-13-01T00:00:00Z",
    "2021-02-30T00:00:00Z",
    "2021-12-01 12:46:36Z",
    "2021-12-01T12:46:36[Europe/Copenhagen]",
  ])("rejects %j, showing the input", (input) => {
    expect(() => parseDixaTimestamp(input)).toThrow(`${JSON.stringify(input)}`);
  });
});
