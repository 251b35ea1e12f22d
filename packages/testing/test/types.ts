// Type tests: `npm run typecheck` (tsc -p tsconfig.json) fails if any @ts-expect-error line below
// compiles cleanly. Each call is otherwise valid, so the expected error can only come from the line it
// names. Never run, only compiled.
import {
  mockCreovai,
  mockDixa,
  mockHaptik,
  mockKlaus,
  startMockServer,
  type DixaMockServer,
  type MockServer,
  type RecordedRequest,
} from "../src/index.js";

export async function typeTests(): Promise<void> {
  const dixa: DixaMockServer = await mockDixa();

  // The valid overrides the broken ones below are variations of.
  dixa.respond("getConversation", {
    body: {
      data: {
        id: 7,
        requesterId: "d58c8b1c-85ad-4678-a6c8-7442945f3836",
        channel: "WidgetChat",
        createdAt: "2020-12-16T09:41:43Z",
        _type: "ChatConversation",
      },
    },
  });
  dixa.respond("getConversation", { status: 404, body: { message: "no such conversation" } });
  dixa.respond("getConversation", { status: 500, example: "internal" });
  dixa.respond("addInternalNote", (request) => ({
    body: {
      data: {
        id: "eb31acbb-13f9-4ce7-abd3-44dd86266741",
        authorId: "5e8a300e-787e-47cd-af53-fc1ccc37933d",
        createdAt: "2021-12-01T12:46:36.581Z[GMT]",
        csid: Number(request.pathParams.conversationId),
        message: String((request.body as { message?: string }).message),
      },
    },
  }));
  dixa.respond("closeConversation", { status: 204 });
  dixa.fault("getConversation", { status: 429, headers: { "retry-after": "1" } }, { hang: true });
  dixa.fault("*", { reset: "after-body" });
  const recorded: RecordedRequest<"getConversation" | "addInternalNote" | string>[] =
    dixa.requestsOf("listMessages");
  void recorded;

  // (a) a body of the wrong shape for the success response does not compile
  // @ts-expect-error `data` must be a Conversation, not a string
  dixa.respond("getConversation", { body: { data: "not a conversation" } });

  // (b) an error status takes the error body, not the success one
  // @ts-expect-error Dixa's 404 body is { message: string }
  dixa.respond("getConversation", { status: 404, body: { data: { id: 1 } } });

  // (b') a reply function is checked the same way, literals included
  dixa.respond("listOrganizationActivityLog", (request) => ({
    body: {
      data: [
        {
          id: request.query.pageKey ? "page-2" : "page-1",
          conversationId: 1,
          activityTimestamp: "2021-12-01T12:46:36.581Z[GMT]",
          activityType: "ConversationCreatedByCustomerActivityType",
          _type: "ConversationCreatedByCustomer",
        },
      ],
    },
  }));
  // @ts-expect-error "Nope" is not an activity type
  dixa.respond("listOrganizationActivityLog", () => ({
    body: {
      data: [
        {
          id: "x",
          conversationId: 1,
          activityTimestamp: "2021-12-01T12:46:36Z",
          activityType: "Nope",
          _type: "ConversationCreatedByCustomer",
        },
      ],
    },
  }));

  // (c) a status the operation does not document does not compile
  // @ts-expect-error getConversation documents 200, 400, 404 and 500, not 418
  dixa.respond("getConversation", { status: 418 });

  // (d) an unknown operationId does not compile
  // @ts-expect-error "getSpaceship" is not a Dixa operation
  dixa.respond("getSpaceship", { status: 200 });

  // (e) a 204 answer has no body
  // @ts-expect-error closeConversation's 204 has no content
  dixa.respond("closeConversation", { status: 204, body: { done: true } });

  // (f) a fault step is one of the documented shapes
  // @ts-expect-error reset is "before-body" or "after-body"
  dixa.fault("getConversation", { reset: "sometimes" });

  // (g) the other vendors are typed too
  const haptik = await mockHaptik();
  haptik.respond("getChatHistory", { body: { chat_text: "user: hi\nbot: hello\n" } });
  // @ts-expect-error message_id is an integer
  haptik.respond("getChatHistory", {
    body: {
      chat_json: [
        { text: "hi", sender: "user", message_id: "1", timestamp: "06/22/20 07:24:25 AM UTC" },
      ],
    },
  });
  const creovai = await mockCreovai();
  creovai.respond("uploadChat", { body: { CallId: "c-1" } });
  // @ts-expect-error the call id is a string
  creovai.respond("uploadChat", { body: { callId: 1 } });
  // a binary answer (typed as a Blob) may be a Blob or bytes; a JSON one may not
  creovai.respond("getInteractionAudio", { body: new Uint8Array([0xff, 0xfb]) });
  creovai.respond("getInteractionAudio", { body: new Blob([new Uint8Array([0xff, 0xfb])]) });
  // @ts-expect-error uploadChat answers JSON, not bytes
  creovai.respond("uploadChat", { body: new Uint8Array([1]) });
  const klaus = await mockKlaus();
  klaus.respond("sendCsatEvent", { status: 202, body: { anything: "goes" } }); // undocumented body
  // Zendesk QA's errors are typed by their gRPC status schema
  klaus.respond("listWorkspaces", { status: 404, body: { code: 5, message: "gone", details: [] } });
  // @ts-expect-error a gRPC status needs its code
  klaus.respond("listWorkspaces", { status: 404, body: { message: "gone" } });

  // (h) startMockServer is untyped by operation: any id and body compile (checked at run time)
  const untyped: MockServer = await startMockServer("dixa");
  untyped.respond("getConversation", { body: "anything" });
}
