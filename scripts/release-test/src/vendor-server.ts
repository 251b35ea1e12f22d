import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback } from "./net.js";
import { VENDOR_HEADER, VENDORS } from "./vendors.js";

/** One request the vendor server received. */
export interface SeenRequest {
  /** The `x-release-vendor` header: whose consumer sent it. */
  readonly vendor: string | undefined;
  /** `METHOD /path?query` */
  readonly route: string;
  /** Whether every credential header of that vendor carried the expected value. */
  readonly authOk: boolean;
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
 */
export async function startVendorServer(): Promise<VendorServer> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push(answer(req, res));
    });
  });
  const url = await listenOnLoopback(server);
  return { url, seen, close: () => server.close() };
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
  return { vendor, route, authOk };
}
