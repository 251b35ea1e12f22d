import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { AcceptedCredentials } from "./auth.js";
import type { RecordedFile } from "./body.js";
import { ANY_OPERATION, checkFaultStep, FaultQueue, type FaultStep } from "./faults.js";
import { vendorSpecs, type VendorName } from "./generated/index.js";
import {
  loadOperations,
  type OpenApiDocument,
  type OperationSpec,
  responseFor,
  securitySchemes,
  serverBasePath,
  successStatus,
} from "./operations.js";
import { describeProblem, type Problem } from "./problem.js";
import type { MockReply, ReplyFor, ReplyFunction } from "./reply.js";
import { createRouter } from "./router.js";
import { preferredMedia, sampleFromSchema } from "./sample.js";
import { validatorFor } from "./schema-validator.js";
import { checkRequest } from "./validate.js";
import { dialectFor, type ErrorAnswer } from "./dialects/index.js";

/** The vendors whose specs ship with @cxkit/testing. */
export const VENDORS = Object.keys(vendorSpecs).sort() as VendorName[];

/** The parts of a vendor's cxkit.json the mock uses: which client option carries which credential. */
export interface VendorConfig {
  name?: string;
  auth?: {
    kind: string;
    /** Client option of the main credential (`apiKey`, `token`). */
    option: string;
    /** Header of an `apiKey` credential. */
    header?: string;
    /** Further credential headers and their client options (Haptik `client-id` <- `clientId`). */
    extraHeaders?: readonly { header: string; option: string }[];
    /** A token endpoint that exchanges a client id and secret for the bearer token (Creovai `/Token`). */
    clientCredentials?: {
      operationId: string;
      clientIdOption: string;
      clientSecretOption: string;
    };
  };
}

/** A spec to serve that does not ship with the kit. */
export interface CustomSpec {
  spec: OpenApiDocument;
  /** Its cxkit.json, to map `credentials` by client option name. */
  config?: VendorConfig;
  /** Whose error shape to answer in (default `generic`: `{ "message": ... }`). */
  errors?: VendorName | "generic";
  /** Name shown in logs. */
  name?: string;
}

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; default 0 (any free port). */
  port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /**
   * Credential values the mock accepts, by the vendor client's option name (`{ apiKey }` for Dixa,
   * `{ token, clientId }` for Haptik, `{ token }` or `{ clientId, clientSecret }` for Creovai). Without
   * them any credential of the right form is accepted; with them another value gets the vendor's 401.
   */
  credentials?: Record<string, string | undefined>;
  /** Called once per request, after it was answered (or faulted). */
  onRequest?: (request: RecordedRequest) => void;
}

/** A request as the mock received it, with the verdict of its validation. */
export interface RecordedRequest<OperationId extends string = string> {
  /** The operation it matched; undefined when no operation has its method and path. */
  operationId: OperationId | undefined;
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  /** Path parameters, decoded (still text). */
  pathParams: Record<string, string>;
  /** Query parameters; a repeated one as an array. */
  query: Record<string, string | string[]>;
  /** Request headers, lower-case names, credentials included. */
  headers: Record<string, string>;
  /** The parsed body: JSON, form fields (file parts as their text), or text; undefined when none. */
  body: unknown;
  /** The body as text. */
  text: string;
  /** Multipart file parts by field name. */
  files: Record<string, RecordedFile>;
  /** Whether it passed validation; undefined when it was not read (`reset: "before-body"`). */
  valid: boolean | undefined;
  /** Why it is invalid, in one line. */
  problem: string | undefined;
  /** The status answered; undefined when the mock did not answer (hang, reset). */
  status: number | undefined;
  /** The fault step applied to it, if any. */
  fault: FaultStep | undefined;
}

/** An operation the mock serves. */
export interface MockOperation {
  operationId: string;
  method: string;
  path: string;
}

type OperationIdOf<Ops> = Extract<keyof Ops, string>;
type ReplyOf<Ops, Id extends keyof Ops> = ReplyFor<Ops[Id]>;

/**
 * A running mock server. `Ops` is a vendor package's `Operations` type for the typed helpers
 * (`mockDixa()`, ...); for {@link startMockServer} operation ids are strings and bodies `unknown`.
 */
export interface MockServer<Ops = Record<string, unknown>> {
  /** Base URL to give a client: `http://127.0.0.1:<port>` (plus the spec server's base path). */
  readonly url: string;
  readonly port: number;
  /** `dixa`, `haptik`, ... or the custom spec's name. */
  readonly vendor: string;
  /** The operations served. */
  readonly operations: readonly MockOperation[];
  /** Every request received, in order (a live array; `reset()` empties it). */
  readonly requests: RecordedRequest<OperationIdOf<Ops>>[];
  /** The requests of one operation. */
  requestsOf(operationId: OperationIdOf<Ops>): RecordedRequest<OperationIdOf<Ops>>[];
  /**
   * How to answer valid requests of an operation from now on (until `reset()` or another `respond`):
   * a status, a named example, a body (typed by the response schema for typed mocks), headers, a delay;
   * or a function of the request that returns one.
   */
  respond<Id extends OperationIdOf<Ops>>(
    operationId: Id,
    reply: NoInfer<
      ReplyOf<Ops, Id> | ReplyFunction<ReplyOf<Ops, Id>, RecordedRequest<OperationIdOf<Ops>>>
    >,
  ): this;
  /**
   * Queue fault steps for the next requests of an operation (`"*"`: of any operation), used up one
   * per request, in order; then normal answers resume. See {@link FaultStep}.
   */
  fault(operationId: OperationIdOf<Ops> | "*", ...steps: FaultStep[]): this;
  /** Fault steps not used up yet. */
  pendingFaults(operationId?: OperationIdOf<Ops> | "*"): number;
  /** Forget recorded requests, replies and pending faults. */
  reset(): void;
  /** Stop listening and drop every open connection (hung requests included). Safe to call twice. */
  close(): Promise<void>;
}

interface Resolved {
  name: string;
  spec: OpenApiDocument;
  config: VendorConfig | undefined;
  errors: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function resolveSource(source: VendorName | OpenApiDocument | CustomSpec): Resolved {
  if (typeof source === "string") {
    const vendor = (vendorSpecs as Record<string, { spec: OpenApiDocument; config: VendorConfig }>)[
      source
    ];
    if (!vendor) {
      throw new TypeError(
        `[@cxkit/testing] unknown vendor "${source}"; known: ${VENDORS.join(", ")} (or pass an OpenAPI document)`,
      );
    }
    return { name: source, spec: vendor.spec, config: vendor.config, errors: source };
  }
  if (isObject(source) && isObject(source.spec)) {
    const custom = source as unknown as CustomSpec;
    return {
      name: custom.name ?? custom.config?.name ?? "custom",
      spec: custom.spec,
      config: custom.config,
      errors: custom.errors ?? "generic",
    };
  }
  if (isObject(source) && isObject(source.paths)) {
    const info = isObject(source.info) ? source.info : {};
    return {
      name: typeof info.title === "string" ? info.title : "custom",
      spec: source,
      config: undefined,
      errors: "generic",
    };
  }
  throw new TypeError(
    "[@cxkit/testing] startMockServer takes a vendor name, an OpenAPI document or { spec, config }",
  );
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    out[name] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

function deletePath(value: unknown, dotPath: string): unknown {
  if (!isObject(value)) return value;
  const copy = structuredClone(value);
  const parts = dotPath.split(".");
  let current: unknown = copy;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(current)) return copy;
    current = current[part];
  }
  if (isObject(current)) delete current[parts[parts.length - 1]!];
  return copy;
}

/** Which client option names each security scheme's credential (from cxkit.json). */
function acceptedCredentials(
  resolved: Resolved,
  credentials: Record<string, string | undefined>,
): { accepted: AcceptedCredentials; issuedTokens: Set<string> | undefined } {
  const accepted: AcceptedCredentials = new Map();
  const auth = resolved.config?.auth;
  let issuedTokens: Set<string> | undefined;
  for (const [name, scheme] of securitySchemes(resolved.spec)) {
    let option: string | undefined;
    const header = scheme.headerName?.toLowerCase();
    if (scheme.type === "http" && auth?.kind === "bearer") option = auth.option;
    if (scheme.type === "apiKey" && header !== undefined) {
      option =
        auth?.kind === "apiKey" && auth.header?.toLowerCase() === header
          ? auth.option
          : auth?.extraHeaders?.find((e) => e.header.toLowerCase() === header)?.option;
    }
    const value = credentials[option ?? name] ?? credentials[name];
    const set = new Set<string>(value === undefined ? [] : [value]);
    // With a token endpoint and its client credentials given, the tokens it issues are the valid ones.
    const cc = auth?.clientCredentials;
    if (scheme.type === "http" && cc && credentials[cc.clientIdOption] !== undefined) {
      issuedTokens = set;
      accepted.set(name, set);
    } else if (value !== undefined) {
      accepted.set(name, set);
    }
  }
  return { accepted, issuedTokens };
}

/**
 * Start a mock server for a vendor (`"dixa"`, `"klaus"`, `"haptik"`, `"creovai"`) or any OpenAPI 3.1
 * document, on 127.0.0.1. Every request is routed by the spec and validated against it (credentials,
 * parameters, content type, body schema); an invalid one gets the vendor's own error shape, a valid one
 * the spec's example (or a generated schema-valid body). Requests are recorded in `requests`;
 * `respond()` changes answers, `fault()` scripts failures. Works in any test runner; `close()` it.
 *
 * @example
 * const mock = await startMockServer("dixa");
 * const dixa = createDixaClient({ apiKey: "test-key", baseUrl: mock.url });
 * await dixa.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: 1 } } });
 * await mock.close();
 */
export async function startMockServer(
  source: VendorName | OpenApiDocument | CustomSpec,
  options: MockServerOptions = {},
): Promise<MockServer> {
  const resolved = resolveSource(source);
  const { spec } = resolved;
  const operations = loadOperations(spec);
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const basePath = serverBasePath(spec);
  const route = createRouter(operations, basePath);
  const validator = validatorFor(spec);
  const schemes = securitySchemes(spec);
  const dialect = dialectFor(resolved.errors);
  const { accepted, issuedTokens } = acceptedCredentials(resolved, options.credentials ?? {});
  const clientCredentials = resolved.config?.auth?.clientCredentials;

  const requests: RecordedRequest[] = [];
  const replies = new Map<string, MockReply | ReplyFunction<MockReply, RecordedRequest>>();
  const faults = new FaultQueue();
  const sockets = new Set<Socket>();
  const closing = new AbortController();

  const sleep = (ms: number | undefined) =>
    new Promise<void>((resolve) => {
      if (!ms || closing.signal.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        closing.signal.removeEventListener("abort", done);
        resolve();
      }
      closing.signal.addEventListener("abort", done, { once: true });
    });

  const knownOperation = (operationId: string, what: string): OperationSpec => {
    const op = byId.get(operationId);
    if (!op) {
      throw new TypeError(
        `[@cxkit/testing] ${what}: ${resolved.name} has no operation "${operationId}"; known: ${[...byId.keys()].join(", ")}`,
      );
    }
    return op;
  };

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    type: string | undefined,
    headers: Record<string, string> = {},
  ): void {
    if (res.writableEnded || res.destroyed) return;
    const out: Record<string, string> = { ...headers };
    let payload: string | undefined;
    if (body !== undefined && ![204, 205, 304].includes(status)) {
      const json = type === undefined || type === "application/json" || type.endsWith("+json");
      payload = json || typeof body !== "string" ? JSON.stringify(body) : body;
      if (!Object.keys(out).some((h) => h.toLowerCase() === "content-type")) {
        out["content-type"] = json ? "application/json" : `${type}; charset=utf-8`;
      }
    }
    res.writeHead(status, out);
    res.end(payload);
  }

  function sendError(res: ServerResponse, answer: ErrorAnswer, headers?: Record<string, string>) {
    send(res, answer.status, answer.body, answer.type, headers);
  }

  /** The documented answer for `status`: a named or the first example, else a vendor error or a sample. */
  function documentedAnswer(
    op: OperationSpec,
    status: number,
    record: RecordedRequest,
    exampleName?: string,
  ): { body: unknown; type: string | undefined } {
    const response = responseFor(op, status);
    const content = response?.content ?? [];
    if (exampleName !== undefined) {
      for (const media of content) {
        if (media.examples.has(exampleName)) {
          return { body: media.examples.get(exampleName), type: media.type };
        }
      }
    }
    const media = preferredMedia(content);
    if (media && media.examples.size > 0) {
      const names = [...media.examples.keys()];
      const input = {
        query: new URLSearchParams(record.url.split("?")[1] ?? ""),
        body: record.body,
      };
      const name = dialect.example?.(op, input, names) ?? names[0]!;
      return { body: media.examples.get(name), type: media.type };
    }
    if (status >= 400) {
      const error = dialect.statusError(status);
      return { body: error.body, type: error.type };
    }
    if (media?.schemaPointer) {
      return { body: sampleFromSchema(spec, media.schemaPointer), type: media.type };
    }
    return { body: undefined, type: undefined };
  }

  async function answer(op: OperationSpec, record: RecordedRequest, res: ServerResponse) {
    const configured = replies.get(op.operationId);
    const reply: MockReply =
      typeof configured === "function" ? await configured(record) : (configured ?? {});
    await sleep(reply.delayMs);
    const status = reply.status ?? successStatus(op);
    let body: unknown;
    let type: string | undefined;
    if ("body" in reply) {
      body = reply.body;
      const documented = responseFor(op, status)?.content.map((m) => m.type) ?? [];
      type =
        reply.contentType ??
        (typeof body === "string" ? documented.find((t) => !t.includes("json")) : undefined);
    } else {
      ({ body, type } = documentedAnswer(op, status, record, reply.example));
      // A request for a later page gets the last page: the same items without a next link, so that
      // a client walking pages through the mock stops.
      if (op.pagination && record.query[op.pagination.cursorParam] !== undefined) {
        body = deletePath(body, op.pagination.next);
      }
    }
    if (
      op.operationId === clientCredentials?.operationId &&
      issuedTokens &&
      isObject(body) &&
      typeof body.access_token === "string"
    ) {
      issuedTokens.add(body.access_token);
    }
    record.status = status;
    send(res, status, body, type, reply.headers);
  }

  async function applyFault(
    step: FaultStep,
    op: OperationSpec | undefined,
    record: RecordedRequest,
    problem: Problem | undefined,
    auth: Extract<Problem, { kind: "auth" }>[],
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    await sleep("delayMs" in step ? step.delayMs : undefined);
    if (closing.signal.aborted) return;
    if ("hang" in step) return; // never answered; close() drops the connection
    if ("reset" in step) {
      resetSocket(req.socket);
      return;
    }
    if ("malformedJson" in step) {
      const status = step.status ?? (op ? successStatus(op) : 200);
      record.status = status;
      res.writeHead(status, { "content-type": "application/json" });
      res.end('{"data": [{"id": 1, "broken": ');
      return;
    }
    if ("status" in step) {
      const status = step.status;
      record.status = status;
      if ("body" in step) {
        send(res, status, step.body, undefined, step.headers);
        return;
      }
      const documented = op ? documentedAnswer(op, status, record) : undefined;
      const fallback = dialect.statusError(status);
      send(
        res,
        status,
        documented?.body ?? fallback.body,
        documented?.body === undefined ? fallback.type : documented.type,
        step.headers,
      );
      return;
    }
    // A plain delay: answer as usual.
    await respondNormally(op, record, problem, res, auth);
  }

  async function respondNormally(
    op: OperationSpec | undefined,
    record: RecordedRequest,
    problem: Problem | undefined,
    res: ServerResponse,
    auth: Extract<Problem, { kind: "auth" }>[] = [],
  ) {
    if (problem) {
      const error = dialect.error(problem, op, auth);
      record.status = error.status;
      sendError(
        res,
        error,
        problem.kind === "method-not-allowed" ? { allow: problem.allowed.join(", ") } : undefined,
      );
      return;
    }
    await answer(op!, record, res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = route(method, url.pathname);
    const op = match.kind === "operation" ? match.operation : undefined;
    const step = faults.take(op?.operationId);
    const record: RecordedRequest = {
      operationId: op?.operationId,
      method,
      url: req.url ?? "/",
      path: url.pathname,
      pathParams: match.kind === "operation" ? match.pathParams : {},
      query: queryRecord(url.searchParams),
      headers: flattenHeaders(req),
      body: undefined,
      text: "",
      files: {},
      valid: undefined,
      problem: undefined,
      status: undefined,
      fault: step,
    };
    requests.push(record);
    const notify = () => options.onRequest?.(record);
    try {
      if (step && "reset" in step && step.reset === "before-body") {
        await sleep(step.delayMs);
        resetSocket(req.socket);
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      record.text = raw.toString("utf8");

      let problem: Problem | undefined;
      let auth: Extract<Problem, { kind: "auth" }>[] = [];
      if (match.kind === "not-found") {
        problem = { kind: "not-found", method, path: url.pathname };
      } else if (match.kind === "method-not-allowed") {
        problem = {
          kind: "method-not-allowed",
          method,
          path: url.pathname,
          allowed: match.allowed,
        };
      } else {
        const checked = await checkRequest(
          { operation: match.operation, validator, schemes, accepted },
          {
            method,
            pathParams: match.pathParams,
            query: url.searchParams,
            headers: record.headers,
            raw,
          },
        );
        record.body = checked.body;
        record.files = checked.files;
        problem = checked.problem;
        auth = checked.authProblems;
        problem ??= dialect.rule?.(match.operation, {
          query: url.searchParams,
          body: checked.body,
        });
        problem ??= clientCredentialsProblem(match.operation, checked.body);
      }
      if (match.kind !== "operation") record.body = record.text === "" ? undefined : record.text;
      record.valid = problem === undefined;
      record.problem = problem ? describeProblem(problem) : undefined;

      if (step) await applyFault(step, op, record, problem, auth, req, res);
      else await respondNormally(op, record, problem, res, auth);
    } catch (error) {
      // The client went away mid-request, or a reply function threw: answer 500 if still possible.
      if (!res.headersSent && !res.destroyed) {
        record.status = 500;
        send(res, 500, { message: `[@cxkit/testing] ${(error as Error).message}` }, undefined);
      }
    } finally {
      notify();
    }
  }

  function clientCredentialsProblem(op: OperationSpec, body: unknown): Problem | undefined {
    const cc = clientCredentials;
    const creds = options.credentials ?? {};
    if (!cc || op.operationId !== cc.operationId || creds[cc.clientIdOption] === undefined) {
      return undefined;
    }
    const fields = isObject(body) ? body : {};
    const ok =
      fields.client_id === creds[cc.clientIdOption] &&
      fields.client_secret === creds[cc.clientSecretOption];
    return ok ? undefined : { kind: "rule", status: 401, message: "invalid_client" };
  }

  const server = createServer((req, res) => {
    void handle(req, res);
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
  const shownHost = host.includes(":") ? `[${host}]` : host;
  let closed: Promise<void> | undefined;

  const mock: MockServer = {
    url: `http://${shownHost}:${port}${basePath}`,
    port,
    vendor: resolved.name,
    operations: operations.map(({ operationId, method, path }) => ({ operationId, method, path })),
    requests,
    requestsOf: (operationId) => requests.filter((r) => r.operationId === operationId),
    respond(operationId, reply) {
      const op = knownOperation(operationId, "respond()");
      if (typeof reply !== "function") checkReply(op, reply as MockReply);
      replies.set(operationId, reply as MockReply);
      return this;
    },
    fault(operationId, ...steps) {
      if (operationId !== ANY_OPERATION) knownOperation(operationId, "fault()");
      steps.forEach((step, i) => checkFaultStep(step, `fault("${operationId}") step ${i + 1}`));
      faults.add(operationId, steps);
      return this;
    },
    pendingFaults: (operationId) => faults.pending(operationId),
    reset() {
      requests.length = 0;
      replies.clear();
      faults.clear();
    },
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
  return mock;

  function checkReply(op: OperationSpec, reply: MockReply): void {
    if (typeof reply !== "object" || reply === null) {
      throw new TypeError(
        `[@cxkit/testing] respond("${op.operationId}"): a reply must be an object`,
      );
    }
    const status = reply.status ?? successStatus(op);
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new TypeError(
        `[@cxkit/testing] respond("${op.operationId}"): status must be an HTTP status, got ${String(reply.status)}`,
      );
    }
    if (reply.example !== undefined) {
      const response = responseFor(op, status);
      const names = (response?.content ?? []).flatMap((m) => [...m.examples.keys()]);
      if (!names.includes(reply.example)) {
        throw new TypeError(
          `[@cxkit/testing] respond("${op.operationId}"): the ${status} response has no example "${reply.example}"; it has: ${names.join(", ") || "none"}`,
        );
      }
    }
  }
}

// A TCP reset where the platform offers one (the peer sees ECONNRESET), else a plain close.
function resetSocket(socket: Socket): void {
  const resettable = socket as Socket & { resetAndDestroy?: () => Socket };
  if (typeof resettable.resetAndDestroy === "function") resettable.resetAndDestroy();
  else socket.destroy();
}
