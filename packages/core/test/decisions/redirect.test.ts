// The redirect decision as a table: reads follow (credentials only to their origin), writes never do.
import { describe, expect, it } from "vitest";
import { decideRedirect, type RedirectInput } from "../../src/internal.js";

const base: RedirectInput = {
  status: 302,
  location: "/elsewhere",
  url: new URL("https://api.example.com/v1/things"),
  method: "GET",
  hops: 0,
  credentialOrigin: "https://api.example.com",
};

describe("decideRedirect", () => {
  it.each<[string, Partial<RedirectInput>, unknown]>([
    ["200 is not a redirect", { status: 200 }, { follow: false }],
    ["304 is not followed", { status: 304 }, { follow: false }],
    ["a redirect without Location", { location: null }, { follow: false }],
    ["GET, same origin: keeps credentials", {}, { follow: true, stripCredentials: false }],
    [
      "GET, another origin: strips credentials",
      { location: "https://cdn.example.net/x" },
      { follow: true, stripCredentials: true },
    ],
    [
      "HEAD follows too",
      { method: "HEAD", status: 307 },
      { follow: true, stripCredentials: false },
    ],
    [
      "POST + 301 is not followed (fetch would turn it into a GET)",
      { method: "POST", status: 301 },
      { follow: false },
    ],
    [
      "POST + 302 to another origin is not followed",
      { method: "POST", location: "https://evil.example/x" },
      { follow: false },
    ],
    ["POST + 303 is not followed", { method: "POST", status: 303 }, { follow: false }],
    [
      "POST + 307 is not followed either (a write is never sent somewhere else)",
      { method: "POST", status: 307 },
      { follow: false },
    ],
    ["PUT + 308 is not followed", { method: "PUT", status: 308 }, { follow: false }],
    [
      "https -> http downgrade is refused",
      { location: "http://api.example.com/x" },
      { follow: false },
    ],
    [
      "http to loopback is allowed",
      {
        url: new URL("http://127.0.0.1:8080/a"),
        location: "http://127.0.0.1:8081/b",
        credentialOrigin: "http://127.0.0.1:8080",
      },
      { follow: true, stripCredentials: true },
    ],
    ["a non-http scheme is refused", { location: "file:///etc/passwd" }, { follow: false }],
    ["a garbled Location is refused", { location: "http://[::1" }, { follow: false }],
    ["the sixth hop is not followed", { hops: 5 }, { follow: false }],
  ])("%s", (_name, change, want) => {
    expect(decideRedirect({ ...base, ...change })).toMatchObject(want as object);
  });
});
