// Node's http server speaks IncomingMessage/ServerResponse, the handlers speak Web Request/Response.
// Structural types only (no node: imports), so this file costs nothing on other runtimes.

/** The parts of Node's IncomingMessage the adapter reads. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Set by body parsers (Express `express.raw()`): the raw body already read. */
  body?: unknown;
}

/** The parts of Node's ServerResponse the adapter writes. */
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array | string): unknown;
}

/**
 * A Web Request from a Node request, with the raw body bytes untouched (signatures are computed over
 * them). When a body parser already consumed the stream, pass its raw Buffer as `req.body`
 * (`express.raw({ type: "*\/*" })`); a parsed object cannot be verified and is refused.
 */
export async function toWebRequest(
  req: NodeRequestLike,
  origin = "http://localhost",
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  let body: Uint8Array;
  if (req.body instanceof Uint8Array) body = req.body;
  else if (typeof req.body === "string") body = new TextEncoder().encode(req.body);
  else if (
    req.body !== undefined &&
    req.body !== null &&
    typeof req.body === "object" &&
    Object.keys(req.body).length > 0
  ) {
    throw new TypeError(
      "[@cxkit/core] the request body was parsed already: mount the webhook before JSON body parsers, or use express.raw()",
    );
  } else {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req)
      chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      body.set(chunk, at);
      at += chunk.length;
    }
  }
  const method = req.method ?? "POST";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? null : (body as BodyInit),
  });
}

/** Write a Web Response to a Node response. */
export async function sendWebResponse(res: NodeResponseLike, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(new Uint8Array(await response.arrayBuffer()));
}

/**
 * A Node `http.createServer` listener (also an Express/Connect handler) from a Web handler:
 * `http.createServer(toNodeListener(createDixaWebhookHandler({ ... })))`.
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    let response: Response;
    try {
      response = await handler(await toWebRequest(req));
    } catch {
      response = new Response(JSON.stringify({ error: "internal" }), {
        status: 500,
        headers: { "content-type": "application/json" },
      });
    }
    await sendWebResponse(res, response);
  };
}
