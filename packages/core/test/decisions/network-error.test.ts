// Which failures prove a request never reached a server: only those make a write safe to re-send.
import { describe, expect, it } from "vitest";
import { classifyNetworkFailure } from "../../src/internal.js";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });
const fetchFailed = (cause: unknown) => Object.assign(new TypeError("fetch failed"), { cause });

describe("classifyNetworkFailure", () => {
  it.each([
    // Connection never made: not sent.
    ["refused", fetchFailed(withCode("ECONNREFUSED")), "ECONNREFUSED", false],
    ["no such host", fetchFailed(withCode("ENOTFOUND")), "ENOTFOUND", false],
    [
      "temporary DNS failure (underscore in the code)",
      fetchFailed(withCode("EAI_AGAIN")),
      "EAI_AGAIN",
      false,
    ],
    ["unreachable network", fetchFailed(withCode("ENETUNREACH")), "ENETUNREACH", false],
    ["unreachable host", fetchFailed(withCode("EHOSTUNREACH")), "EHOSTUNREACH", false],
    [
      "connect timeout",
      fetchFailed(withCode("UND_ERR_CONNECT_TIMEOUT")),
      "UND_ERR_CONNECT_TIMEOUT",
      false,
    ],
    ["bad certificate", fetchFailed(withCode("CERT_HAS_EXPIRED")), "CERT_HAS_EXPIRED", false],
    [
      "aggregate of refused IPv4 and IPv6",
      fetchFailed(
        Object.assign(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")])),
      ),
      "ECONNREFUSED",
      false,
    ],
    [
      "socket closed before its first byte",
      fetchFailed(
        Object.assign(withCode("UND_ERR_SOCKET"), { socket: { bytesWritten: 0, bytesRead: 0 } }),
      ),
      "UND_ERR_SOCKET",
      false,
    ],
    ["a port fetch refuses to use", fetchFailed(new Error("bad port")), undefined, false],
    // After the connection was made, the request may have been processed: maybe sent.
    ["reset", fetchFailed(withCode("ECONNRESET")), "ECONNRESET", true],
    [
      "reused keep-alive socket closed (bytes of earlier requests)",
      fetchFailed(
        Object.assign(withCode("UND_ERR_SOCKET"), {
          socket: { bytesWritten: 466, bytesRead: 175 },
        }),
      ),
      "UND_ERR_SOCKET",
      true,
    ],
    ["broken pipe", fetchFailed(withCode("EPIPE")), "EPIPE", true],
    [
      "headers timeout",
      fetchFailed(withCode("UND_ERR_HEADERS_TIMEOUT")),
      "UND_ERR_HEADERS_TIMEOUT",
      true,
    ],
    ["unknown failure without a code", new TypeError("fetch failed"), undefined, true],
    [
      "a lower-case code is not a platform code",
      fetchFailed(withCode("econnrefused")),
      undefined,
      true,
    ],
  ])("%s", (_name, cause, code, maybeSent) => {
    expect(classifyNetworkFailure(cause)).toMatchObject({ code, maybeSent });
  });
});
