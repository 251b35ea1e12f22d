import { dialectFor, dialectsOf } from "./dialects/index.js";
import { ANY_OPERATION, checkFaultStep, FaultQueue, type FaultStep } from "./faults.js";
import type { VendorName } from "./generated/index.js";
import {
  loadOperations,
  type OpenApiDocument,
  type OperationSpec,
  securitySchemes,
  serverBasePath,
} from "./operations.js";
import type { MockReply, ReplyFor, ReplyFunction } from "./reply.js";
import { createRouter } from "./router.js";
import { validatorFor } from "./schema-validator.js";
import { Answers } from "./server/answer.js";
import { createCredentials } from "./server/credentials.js";
import { createCors } from "./server/cors.js";
import { createExchange } from "./server/exchange.js";
import { listen } from "./server/http.js";
import type { RecordedRequest } from "./server/record.js";
import { type CustomSpec, resolveSource } from "./source.js";

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
  /**
   * Let a browser page on another origin call the mock: `true` allows any origin, `{ origin }` only
   * that one (`http://localhost:5173`). Every answer (errors and faults included) then carries
   * `Access-Control-Allow-Origin` and exposes its headers, and a preflight (`OPTIONS` with
   * `Access-Control-Request-Method`) on any path is answered 204, allowing the method and headers
   * it asks for. Preflights are not recorded in `requests`, not passed to `onRequest` and use up no
   * fault step: they are the browser's, not the code under test's. Default: off.
   */
  cors?: boolean | { origin?: string };
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
  /** Base URL to give a client: `http://127.0.0.1:<port>` plus the root server's base path. */
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
  const { name, spec, config, errors } = resolveSource(source);
  const operations = loadOperations(spec);
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  // Every operation is served under the root server's base path, whichever host the spec puts it
  // on: a client's `baseUrl` replaces every server URL, base paths of other servers included.
  const basePath = serverBasePath(spec);
  const route = createRouter(operations, basePath);
  // Each operation answers in the dialect its spec documents (Zendesk QA's gRPC statuses), else
  // in the vendor's.
  const dialects = dialectsOf(spec, operations, dialectFor(errors));
  const credentials = createCredentials(spec, config, options.credentials ?? {});
  const answers = new Answers(spec, dialects);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const exchange = createExchange({
    route,
    validator: validatorFor(spec),
    schemes: securitySchemes(spec),
    credentials,
    dialects,
    faults,
    answers,
    requests,
    onRequest: options.onRequest,
    cors: createCors(options.cors),
  });

  const knownOperation = (operationId: string, what: string): OperationSpec => {
    const op = byId.get(operationId);
    if (op) return op;
    throw new TypeError(
      `[@cxkit/testing] ${what}: ${name} has no operation "${operationId}"; known: ${[...byId.keys()].join(", ")}`,
    );
  };

  const server = await listen(options, exchange);
  const mock: MockServer = {
    url: `${server.origin}${basePath}`,
    port: server.port,
    vendor: name,
    operations: operations.map(({ operationId, method, path }) => ({ operationId, method, path })),
    requests,
    requestsOf: (operationId) => requests.filter((r) => r.operationId === operationId),
    respond(operationId, reply) {
      answers.respond(knownOperation(operationId, "respond()"), reply as MockReply);
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
      answers.clear();
      faults.clear();
    },
    close: () => server.close(),
  };
  return mock;
}
