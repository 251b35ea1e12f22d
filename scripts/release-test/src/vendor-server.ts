import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback } from "./net.js";
import { NAMED_CALLS } from "./vendor-calls.js";
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

/** How the server answers a route: a status and body, or never (the call must time out). */
type Answer = { readonly status: number; readonly body: unknown } | "hang";

/** Every route each vendor's consumers call, with its answer. */
function routesOf(vendor: string): ReadonlyMap<string, Answer> {
  const routes = new Map<string, Answer>();
  const spec = VENDORS[vendor];
  const named = NAMED_CALLS[vendor];
  if (named) {
    routes.set(named.routes.ok, { status: 200, body: named.reply });
    routes.set(named.routes.missing, { status: 404, body: named.notFound });
    routes.set(named.routes.hang, "hang");
  }
  if (spec) routes.set(spec.route, { status: 200, body: spec.reply });
  return routes;
}

const ROUTES = new Map(Object.keys(VENDORS).map((vendor) => [vendor, routesOf(vendor)]));

/**
 * Start the vendor stand-in every consumer calls: it checks the route and the credentials of the vendor
 * named by `x-release-vendor` and answers that vendor's canned reply for the route (its path-style call,
 * its named call, a 404, or no answer at all for the call that must time out), or a 400 naming what was
 * wrong.
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
  // closeAllConnections: a hung call's socket stays open until the client gives up on it.
  return { url, seen, close: () => server.close().closeAllConnections() };
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
  const found = vendor === undefined ? undefined : ROUTES.get(vendor)?.get(route);
  const seen = { vendor, route, authOk, origin: req.headers.origin };
  if (found === "hang" && authOk) return seen;
  if (!found || found === "hang" || !authOk) {
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: `unexpected ${route} (auth ${authOk ? "ok" : "wrong"})` }));
  } else if (typeof found.body === "string") {
    res.writeHead(found.status, { "content-type": "text/plain" }).end(found.body);
  } else {
    res.writeHead(found.status, { "content-type": "application/json" });
    res.end(JSON.stringify(found.body));
  }
  return seen;
}
