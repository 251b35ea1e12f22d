// Export and Import errors are gRPC status bodies `{ code, message, details }` (`code` is the gRPC code,
// not the HTTP status). A named method throws the ApiError of the HTTP status, with `message` as its
// vendorMessage and the whole status as its body; a path-style call returns it typed as `error`.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  createKlausClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type KlausClient,
  type KlausErrorResponse,
  isKlausApiError,
} from "@cxkit/klaus";
import { responseExample } from "./spec-examples.js";

const TOKEN = "secret-klaus-token";
const server = useTestServer();
const client = () => createKlausClient({ token: TOKEN, baseUrl: server.url, retry: false });

type ErrorClass = abstract new (...args: never[]) => ApiError;

const fromDate = "2024-05-01T00:00:00Z";
const cases: [
  string,
  number,
  KlausErrorResponse,
  ErrorClass,
  (k: KlausClient) => Promise<unknown>,
][] = [
  [
    "INVALID_ARGUMENT (the spec's example)",
    400,
    responseExample("listAccountReviews", "4XX", "missingFromDate") as KlausErrorResponse,
    BadRequestError,
    (k) => k.listAccountReviews({ query: { fromDate: "" } }),
  ],
  [
    "UNAUTHENTICATED",
    401,
    responseExample("listWorkspaces", "4XX", "badToken") as KlausErrorResponse,
    AuthenticationError,
    (k) => k.listWorkspaces(),
  ],
  [
    "PERMISSION_DENIED",
    403,
    { code: 7, message: "no access to workspace 18432", details: [] },
    PermissionDeniedError,
    (k) => k.listScorecards({ path: { workspace: "18432" } }),
  ],
  [
    "NOT_FOUND on the Import API",
    404,
    { code: 5, message: "ticket 48213 not found", details: [] },
    NotFoundError,
    (k) => k.getImportedTicket({ path: { ticketExternalId: "48213" } }),
  ],
  [
    "RESOURCE_EXHAUSTED",
    429,
    { code: 8, message: "rate limit exceeded: 1500 requests per minute", details: [] },
    RateLimitError,
    (k) => k.listAccountCsat({ query: { fromDate } }),
  ],
  [
    "INTERNAL (the spec's example)",
    500,
    responseExample("importTickets", "default") as KlausErrorResponse,
    InternalServerError,
    (k) => k.importTickets({ body: { data: [{ id: "1", created: "2024-05-02T09:15:00Z" }] } }),
  ],
];

describe("a gRPC status error body", () => {
  it.each(cases)(
    "%s (HTTP %i) throws its ApiError with vendorMessage = message",
    async (_name, status, body, ErrorType, call) => {
      server.handle(() => ({ status, body }));
      const error = await call(client()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ErrorType);
      const apiError = error as ApiError;
      expect(apiError.status).toBe(status);
      expect(apiError.vendorMessage).toBe(body.message);
      expect(apiError.body).toEqual(body);
      expect(apiError.message).toMatch(/^\[@cxkit\/klaus\] /);
      expect(apiError.message).toContain(`answered ${status}: ${body.message}`);
      expect(apiError.message).not.toContain(TOKEN);
      expect(JSON.stringify(apiError)).not.toContain(TOKEN);
      expect(server.requests).toHaveLength(1);
    },
  );

  it("keeps the gRPC code and details in the body (the code is not the HTTP status)", async () => {
    const body = responseExample("listAccountReviews", "4XX", "missingFromDate");
    server.handle(() => ({ status: 400, body }));
    const error = (await client()
      .listAccountReviews({ query: { fromDate: "" } })
      .catch((e: unknown) => e)) as ApiError<KlausErrorResponse>;
    expect(error.body?.code).toBe(3);
    expect(error.body?.details?.[0]?.["@type"]).toBe("type.googleapis.com/google.rpc.BadRequest");
  });

  it("a path-style call returns it as a typed `error`, not thrown", async () => {
    server.handle(() => ({ status: 404, body: { code: 5, message: "not found", details: [] } }));
    const { data, error, response } = await client().GET("/api/import/tickets/{ticketExternalId}", {
      params: { path: { ticketExternalId: "x" } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expectTypeOf(error).toExtend<KlausErrorResponse | undefined>();
    expect(error).toEqual({ code: 5, message: "not found", details: [] });
    expect(error?.code).toBe(5);
  });

  it("a status without a message leaves vendorMessage undefined", async () => {
    server.handle(() => ({ status: 500, body: { code: 2 } }));
    const error = (await client()
      .listWorkspaces()
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.vendorMessage).toBeUndefined();
    expect(error.message).toMatch(/answered 500$/);
  });
});

describe("isKlausApiError", () => {
  it("narrows a thrown error to the operation's declared error body (the gRPC status), by operationId", async () => {
    const body = { code: 5, message: "ticket not found", details: [] };
    server.handle(() => ({ status: 404, body }));
    const error = await client()
      .getImportedTicket({ path: { ticketExternalId: "dixa-42" } })
      .catch((e: unknown) => e);
    expect(isKlausApiError(error, "getImportedTicket")).toBe(true);
    expect(isKlausApiError(error, "importTickets")).toBe(false);
    if (!isKlausApiError(error, "getImportedTicket")) throw new Error("narrowing");
    // Typed as getImportedTicket's declared error: the gRPC status.
    const code: number | undefined = error.body?.code;
    // @ts-expect-error the gRPC status has no `errors` field
    void error.body?.errors;
    expect(code).toBe(5);
    expect(error.operationId).toBe("getImportedTicket");
  });
});
