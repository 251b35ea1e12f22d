// Type tests of the webhook event union: `npm run typecheck` fails if a @ts-expect-error line compiles.
import type { DixaWebhookEvent, DixaWebhookEvents } from "@cxkit/dixa";
import { createDixaWebhookHandler } from "@cxkit/dixa";

export function narrowing(event: DixaWebhookEvent): number | undefined {
  switch (event.event_fqn) {
    case "CONVERSATION_CREATED":
      return event.data.conversation.csid;
    case "CONVERSATION_TAG_ADDED":
      return event.data.conversation.csid;
    default:
      // @ts-expect-error an unknown event's data is not typed as any known event's
      return event.data.conversation.csid;
  }
}

export const created: DixaWebhookEvents["CONVERSATION_CREATED"]["event_fqn"] =
  "CONVERSATION_CREATED";

createDixaWebhookHandler({
  secretKey: "00",
  on: {
    CONVERSATION_RATED: (event) => void event.data,
    // @ts-expect-error not an event Dixa sends
    CONVERSATION_TELEPORTED: () => undefined,
  },
});
