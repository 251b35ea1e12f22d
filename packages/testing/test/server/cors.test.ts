import { describe, expect, it } from "vitest";
import { createCors } from "../../src/server/cors.js";

const wire = (headers: Record<string, string>) => ({ status: 200, headers, payload: "{}" });

describe("createCors", () => {
  it("is off without the option", () => {
    expect(createCors(undefined)).toBeUndefined();
    expect(createCors(false)).toBeUndefined();
  });

  it("answers a preflight with the requested method and headers, for any origin", () => {
    const preflight = createCors(true)!.preflight("OPTIONS", {
      origin: "http://app.test",
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type",
    });
    expect(preflight).toEqual({
      status: 204,
      headers: {
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "authorization,content-type",
        "access-control-max-age": "7200",
        vary: "Access-Control-Request-Method, Access-Control-Request-Headers",
      },
      payload: undefined,
    });
  });

  it.each([
    ["an OPTIONS without Access-Control-Request-Method", "OPTIONS", {}],
    ["another method", "GET", { "access-control-request-method": "GET" }],
  ])("does not take %s for a preflight", (_name, method, headers) => {
    expect(createCors(true)!.preflight(method, headers)).toBeUndefined();
  });

  it("allows an answer's origin and exposes its headers, except those a page can always read", () => {
    const decorated = createCors(true)!.decorate(
      wire({ "content-type": "application/json", "Retry-After": "1", "x-request-id": "r" }),
    );
    expect(decorated.headers).toEqual({
      "content-type": "application/json",
      "Retry-After": "1",
      "x-request-id": "r",
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "retry-after, x-request-id",
    });
  });

  it("names one origin when given, varying by Origin, and leaves a reply's own CORS headers alone", () => {
    const cors = createCors({ origin: "http://localhost:5173" })!;
    expect(cors.decorate(wire({})).headers).toEqual({
      "access-control-allow-origin": "http://localhost:5173",
      vary: "Origin",
    });
    expect(
      cors.decorate(wire({ "Access-Control-Allow-Origin": "http://other.test" })).headers,
    ).toEqual({ "Access-Control-Allow-Origin": "http://other.test", vary: "Origin" });
  });
});
