import { describe, expect, it } from "vitest";
import { isBinaryType, isJsonType, isTextType } from "../src/media-type.js";

describe("media types", () => {
  it.each<[string, "json" | "text" | "binary" | "neither"]>([
    ["application/json", "json"],
    ["application/problem+json; charset=utf-8", "json"],
    ["Application/JSON", "json"],
    ["text/plain", "text"],
    ["text/csv", "text"],
    ["application/x-www-form-urlencoded", "text"],
    ["application/atom+xml", "text"],
    ["audio/mpeg", "binary"],
    ["image/png", "binary"],
    ["application/octet-stream", "binary"],
    ["application/pdf", "binary"],
    ["multipart/form-data", "neither"],
    ["*/*", "neither"],
    ["", "neither"],
  ])("%s is %s", (type, kind) => {
    expect(isJsonType(type)).toBe(kind === "json");
    expect(isTextType(type)).toBe(kind === "json" || kind === "text");
    expect(isBinaryType(type)).toBe(kind === "binary");
  });
});
