// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
// Each call is otherwise valid, so the expected error can only come from the line it names.
import { createDixaClient } from "@cxkit/dixa";

const dixa = createDixaClient({ apiKey: "dixa-key" });

export async function typeTests(): Promise<void> {
  // The valid calls the broken ones below are variations of.
  await dixa.GET("/v1/conversations/{conversationId}", {
    params: { path: { conversationId: 42 } },
  });
  await dixa.POST("/v1/conversations/{conversationId}/notes", {
    params: { path: { conversationId: 42 } },
    body: { message: "A sample note", agentId: "a53b25da-f676-4c52-acac-58c9280aa23d" },
  });
  await dixa.POST("/v1/conversations", {
    body: {
      requesterId: "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
      emailIntegrationId: "my-integration@email.dixa.io",
      subject: "order #123",
      message: { content: { value: "Hello", _type: "Text" }, _type: "Inbound" },
      _type: "Email",
    },
  });

  // (a) an unknown path does not compile
  // @ts-expect-error "/v1/robots" is not a path of the Dixa spec
  await dixa.GET("/v1/robots", {});

  // (b) a path parameter of the wrong type does not compile
  await dixa.GET("/v1/conversations/{conversationId}", {
    // @ts-expect-error conversationId is an int64 number, not a string
    params: { path: { conversationId: "abc" } },
  });

  // (c) a body missing a required field does not compile
  await dixa.POST("/v1/conversations/{conversationId}/notes", {
    params: { path: { conversationId: 42 } },
    // @ts-expect-error message is required
    body: { agentId: "a53b25da-f676-4c52-acac-58c9280aa23d" },
  });

  // (d) a body with an unknown `_type` discriminator does not compile
  await dixa.POST("/v1/conversations", {
    body: {
      requesterId: "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
      emailIntegrationId: "my-integration@email.dixa.io",
      subject: "order #123",
      message: { content: { value: "Hello", _type: "Text" }, _type: "Inbound" },
      // @ts-expect-error "Fax" is not one of the channels Callback, Chat, ContactForm, Email, Sms
      _type: "Fax",
    },
  });
}
