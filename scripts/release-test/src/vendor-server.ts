import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback } from "./net.js";
import { VENDOR_HEADER, VENDORS } from "./vendors.js";

/** One request the vendor server received. */
export interface SeenRequest {
  /** The `x-release-vendor` header: whose consumer sent it (absent on a CORS preflight). */
  readonly vendor: string | undefined;
  /** `METHOD /path?query` */
  readonly route: string;
  /** Whether every credential header of that vendor carried the expected value. */
  readonly authOk: boolean;
  /** The `Origin` header: set by browsers on a cross-origin request. */
  readonly origin: string | undefined;
  /** For a CORS preflight: the method and (lower-case) header names the browser asked to send. */
  readonly preflight?: { readonly method: string; readonly headers: readonly string[] };
}

/** The local stand-in for every vendor's API. */
export interface VendorServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request so far, in order of arrival. */
  readonly seen: readonly SeenRequest[];
  /** Stop listening. */
  close(): void;
}

/**
 * Start the vendor stand-in every consumer calls: it checks the route and the credentials of the vendor
 * named by `x-release-vendor` and answers that vendor's canned reply, or a 400 naming what was wrong.
 * It answers CORS as a browser-facing API must: a page on another origin may call it, sending the
 * credential headers, which are not CORS-safelisted, so every preflight allows the headers it asks for.
 */
export async function startVendorServer(): Promise<VendorServer> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      allowOrigin(req, res);
      if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
        seen.push(preflight(req, res));
        return;
      }
      seen.push(answer(req, res));
    });
  });
  const url = await listenOnLoopback(server);
  return { url, seen, close: () => server.close() };
}

/** Let the calling page's origin read the answer (and send credentials headers, see preflight). */
function allowOrigin(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("vary", "Origin");
}

function preflight(req: IncomingMessage, res: ServerResponse): SeenRequest {
  const method = String(req.headers["access-control-request-method"]);
  const headers = String(req.headers["access-control-request-headers"] ?? "");
  res.writeHead(204, {
    "access-control-allow-methods": method,
    // Echo what was asked for: this server checks credentials itself, on the request that follows.
    ...(headers ? { "access-control-allow-headers": headers } : {}),
    "access-control-max-age": "60",
  });
  res.end();
  return {
    vendor: undefined,
    route: `${req.method} ${req.url}`,
    authOk: false,
    origin: req.headers.origin,
    preflight: {
      method,
      headers: headers
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    },
  };
}

function answer(req: IncomingMessage, res: ServerResponse): SeenRequest {
  const header = req.headers[VENDOR_HEADER];
  const vendor = typeof header === "string" ? header : undefined;
  const spec = vendor === undefined ? undefined : VENDORS[vendor];
  const route = `${req.method} ${req.url}`;
  const authOk =
    spec !== undefined && Object.entries(spec.auth).every(([h, v]) => req.headers[h] === v);
  res.setHeader("content-type", "application/json");
  if (!spec || route !== spec.route || !authOk) {
    res.writeHead(400);
    res.end(JSON.stringify({ message: `unexpected ${route} (auth ${authOk ? "ok" : "wrong"})` }));
  } else {
    res.writeHead(200);
    res.end(JSON.stringify(spec.reply));
  }
  return { vendor, route, authOk, origin: req.headers.origin };
}
