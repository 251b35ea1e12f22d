// Dixa dedupes createConversation by `message.externalId` and addMessage by `externalId` (the spec's
// `x-cxkit-idempotent-when`). A local server that resets the connection after reading the request
// body (the request may well have been applied) shows what the client does: with the key it sends the
// write again and reads Dixa's "Duplicate externalId" answer as already applied; without it, it never
// sends the write twice.
import type { ServerResponse } from "node:http";
import { useTestServer, type RecordedRequest, type Reply } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  createDixaClient,
  isAlreadyApplied,
  NetworkError,
  unwrap,
  type DixaClient,
} from "@cxkit/dixa";
import { responseExample } from "./spec-examples.js";

const server = useTestServer();
const client = () =>
  createDixaClient({
    apiKey: "dixa-key",
    baseUrl: server.url,
    rateLimit: false,
    retry: { maxRetries: 2, baseDelayMs: 1 },
  });

const DUPLICATE: Reply = { status: 400, body: { message: "Duplicate externalId" } };

/** The first request is read in full, then its connection is reset; later ones get `then`. */
function resetFirst(then: Reply) {
  return (_req: RecordedRequest, res: ServerResponse): Reply | void => {
    if (server.requests.length === 1) {
      res.socket?.destroy();
      return;
    }
    return then;
  };
}

const REQUESTER = "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b";

/** A keyed write, or the same write without its key, through a named method or path-style. */
interface Write {
  name: string;
  key: string;
  send: (dixa: DixaClient, key: string | undefined) => Promise<unknown>;
}

const writes: Write[] = [
  {
    name: "createConversation (named, message.externalId)",
    key: "zendesk-ticket-4711",
    send: (dixa, key) =>
      dixa.createConversation({
        body: {
          requesterId: REQUESTER,
          emailIntegrationId: "support@acme.email.dixa.io",
          subject: "order #123",
          message: {
            content: { value: "Where is my order?", _type: "Text" },
            _type: "Inbound",
            ...(key === undefined ? {} : { externalId: key }),
          },
          _type: "Email",
        },
      }),
  },
  {
    // unwrap(): the path-style result's data (or AlreadyApplied), its ApiError thrown.
    name: "addMessage (path-style, externalId)",
    key: "zendesk-comment-91",
    send: (dixa, key) =>
      unwrap(
        dixa.POST("/v1/conversations/{conversationId}/messages", {
          params: { path: { conversationId: 42 } },
          body: {
            content: { value: "It ships today.", _type: "Text" },
            agentId: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
            _type: "Outbound",
            ...(key === undefined ? {} : { externalId: key }),
          },
        }),
      ),
  },
];

describe.each(writes)("$name", ({ key, send }) => {
  it("with the key: a reset after the body was read is re-sent, and Dixa's duplicate answer is AlreadyApplied", async () => {
    server.handle(resetFirst(DUPLICATE));
    const result = await send(client(), key);
    expect(isAlreadyApplied(result)).toBe(true);
    if (!isAlreadyApplied(result)) return;
    expect(result.key).toBe(key);
    expect(result.response.status).toBe(400);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.text).toBe(server.requests[0]!.text);
  });

  it("with the key: a re-send that Dixa applies resolves to its answer", async () => {
    const answer = responseExample("createConversation", "201");
    server.handle(resetFirst({ status: 201, body: answer }));
    const result = await send(client(), key);
    expect(isAlreadyApplied(result)).toBe(false);
    expect(result).toEqual(answer);
    expect(server.requests).toHaveLength(2);
  });

  it("without the key: the same reset is a NetworkError (maybeSent) and nothing is re-sent", async () => {
    server.handle(resetFirst(DUPLICATE));
    const error = await send(client(), undefined).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ maybeSent: true });
    expect(server.requests).toHaveLength(1);
  });

  it("a Duplicate answer to a first attempt stays a BadRequestError (nothing was lost)", async () => {
    server.handle(() => DUPLICATE);
    const error = await send(client(), key).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, vendorMessage: "Duplicate externalId" });
    expect(server.requests).toHaveLength(1);
  });
});
