import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** A request as the test server received it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The body parsed as JSON (throws if it is not JSON). */
  json(): unknown;
}

/** Answers one request; may write to `res` directly or return a reply. */
export type Handler = (
  req: RecordedRequest,
  res: ServerResponse,
) => void | Reply | Promise<void | Reply>;

/** A reply the handler returns instead of writing to `res`. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is; undefined sends no body. */
  body?: unknown;
}

/** A real HTTP server on 127.0.0.1 that records every request. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Replace the handler. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Start a recording server; the default handler answers `200 {}`. */
export async function startServer(handler: Handler = () => ({ body: {} })): Promise<TestServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      text: body.toString("utf8"),
      json: () => JSON.parse(body.toString("utf8")),
    };
    requests.push(recorded);
    try {
      const reply = await current(recorded, res);
      if (reply && !res.headersSent) send(res, reply);
      else if (!res.writableEnded && !res.headersSent && !reply)
        send(res, { status: 200, body: {} });
    } catch (error) {
      if (!res.headersSent) send(res, { status: 500, body: { message: String(error) } });
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    handle(next) {
      current = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Write a reply: objects as JSON, strings as text. */
export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | undefined;
  if (reply.body !== undefined) {
    if (typeof reply.body === "string") {
      payload = reply.body;
      headers["content-type"] ??= "text/plain";
    } else {
      payload = JSON.stringify(reply.body);
      headers["content-type"] ??= "application/json";
    }
  }
  res.writeHead(reply.status ?? 200, headers);
  res.end(payload);
}

/**
 * One recording server for a whole test file: started before the first test, its recorded requests
 * cleared before each test, closed after the last. Returns a view of the server to use in tests.
 */
export function useTestServer(handler?: Handler): TestServer {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startServer(handler);
  });
  beforeEach(() => {
    if (current) current.requests.length = 0;
  });
  afterAll(() => current?.close());
  return new Proxy({} as TestServer, {
    get(_target, property) {
      if (!current)
        throw new Error("useTestServer: the server starts in beforeAll; use it inside tests");
      const value = current[property as keyof TestServer];
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
