import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { isBinaryType, isJsonType } from "../media-type.js";

/** An answer to send: a status, a body in a media type, headers. */
export interface Answer {
  status: number;
  /**
   * A JSON value, text for a text `type`, bytes (`Uint8Array`, `ArrayBuffer`) or text for a binary
   * `type` (a `Blob` once {@link settleBody} read it); undefined for no body.
   */
  body?: unknown;
  /** Media type of `body`; default JSON. */
  type?: string | undefined;
  headers?: Record<string, string> | undefined;
  /** Text sent as it is instead of `body`, for answers that are broken on purpose. */
  raw?: string;
}

/** An answer as it goes on the wire. */
export interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  payload: string | Uint8Array | undefined;
}

const bytesOf = (body: unknown): Uint8Array | undefined =>
  body instanceof Uint8Array
    ? body
    : body instanceof ArrayBuffer
      ? new Uint8Array(body)
      : undefined;

/**
 * An answer whose body is a `Blob` (what a binary answer is typed as) with the Blob's bytes instead,
 * and its type when the answer names none; any other answer as it is.
 */
export async function settleBody(answer: Answer): Promise<Answer> {
  if (!(answer.body instanceof Blob)) return answer;
  const bytes = new Uint8Array(await answer.body.arrayBuffer());
  return { ...answer, body: bytes, type: answer.type ?? (answer.body.type || undefined) };
}

/**
 * Serialise an answer: bytes as they are (for a binary type, text too), JSON unless its type says
 * text; a content type unless its headers name one (text types with their charset).
 */
export function encodeAnswer(answer: Answer): WireAnswer {
  const { status, body, type } = answer;
  const headers: Record<string, string> = { ...answer.headers };
  const hasType = Object.keys(headers).some((h) => h.toLowerCase() === "content-type");
  if (answer.raw !== undefined) {
    if (!hasType) headers["content-type"] = type ?? "application/json";
    return { status, headers, payload: answer.raw };
  }
  // 204, 205 and 304 answers have no body by definition: Node would refuse to write one.
  if (body === undefined || [204, 205, 304].includes(status)) {
    return { status, headers, payload: undefined };
  }
  const bytes = bytesOf(body);
  if (bytes || (type !== undefined && isBinaryType(type))) {
    if (!hasType) headers["content-type"] = type ?? "application/octet-stream";
    const payload = bytes ?? (typeof body === "string" ? body : JSON.stringify(body));
    return { status, headers, payload };
  }
  const json = type === undefined || isJsonType(type);
  if (!hasType) headers["content-type"] = json ? "application/json" : `${type}; charset=utf-8`;
  return {
    status,
    headers,
    payload: json || typeof body !== "string" ? JSON.stringify(body) : body,
  };
}

/** Write an answer, unless the exchange is already over (answered, or the client went away). */
export function writeAnswer(res: ServerResponse, wire: WireAnswer): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(wire.status, wire.headers);
  res.end(wire.payload);
}

/** A TCP reset where the platform offers one (the peer sees ECONNRESET), else a plain close. */
export function resetSocket(socket: Socket): void {
  const resettable = socket as Socket & { resetAndDestroy?: () => Socket };
  if (typeof resettable.resetAndDestroy === "function") resettable.resetAndDestroy();
  else socket.destroy();
}

/** The whole body of a request. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A listening HTTP server that can be closed with its hung exchanges. */
export interface HttpServer {
  readonly port: number;
  /** `http://<host>:<port>`. */
  readonly origin: string;
  /** Aborted once `close()` was called. */
  readonly closing: AbortSignal;
  /** Wait `ms` (nothing for none), or until the server closes. */
  sleep(ms: number | undefined): Promise<void>;
  /** Stop listening and drop every open connection. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Listen on `host:port` (default 127.0.0.1, any free port), answering each request with `handler`
 * (which is given the server, for its `sleep` and `closing`).
 */
export async function listen(
  options: { host?: string | undefined; port?: number | undefined },
  handler: (req: IncomingMessage, res: ServerResponse, server: HttpServer) => Promise<void>,
): Promise<HttpServer> {
  const sockets = new Set<Socket>();
  const closing = new AbortController();
  const server = createServer((req, res) => {
    void handler(req, res, http);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // A client that resets mid-request must not crash the process.
  server.on("clientError", (_error, socket) => socket.destroy());

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          `[@cxkit/testing] cannot listen on ${host}:${options.port ?? 0}: ${error.code ?? error.message}`,
          { cause: error },
        ),
      );
    };
    server.once("error", onError);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  const http: HttpServer = {
    port,
    origin: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    closing: closing.signal,
    sleep: (ms) => sleep(ms, closing.signal),
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
  return http;
}

function sleep(ms: number | undefined, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!ms || signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
