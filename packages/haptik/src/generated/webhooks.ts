// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { UnknownEventName } from "@cxkit/core";
import type { components } from "./schema.js";

/**
 * Message
 *
 * A reply for the user, written by the bot (`agent.is_automated: true`, `agent.name: gogo`) or by an
 * agent in Haptik's agent chat tool; also a message you sent the user through Haptik's API. Show
 * `message.body` (an HSL element: text, buttons, quick replies, carousels...) to the user on your
 * channel.
 *
 * Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
 *
 * Subscription name `message`.
 *
 * @useDeclaredType
 */
export type HaptikMessageEvent = components["schemas"]["WebhookMessageEvent"];

/**
 * Chat Pinned
 *
 * The chat was assigned to a human agent. `agent` is that agent; the event's message is a SYSTEM
 * message ("<agent> has entered the Conversation") whose `body.data.payload` repeats the agent's name
 * and picture and names their team.
 *
 * Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
 *
 * Subscription name `chat_pinned`.
 *
 * @useDeclaredType
 */
export type HaptikChatPinnedEvent = components["schemas"]["WebhookChatPinnedEvent"];

/**
 * Chat Complete
 *
 * Deprecated by Haptik in favour of `webhook_conversation_complete`. An agent marked the chat complete;
 * any assigned agent is cleared. The event's message is a SYSTEM message.
 *
 * Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
 *
 * Subscription name `chat_complete`.
 *
 * @deprecated The vendor marks this event deprecated.
 *
 * @useDeclaredType
 */
export type HaptikChatCompleteEvent = components["schemas"]["WebhookChatCompleteEvent"];

/**
 * Webhook Conversation Complete
 *
 * An agent or the bot marked the conversation complete (or it was completed automatically). This
 * event carries no `message`; `data` says who completed it and how, links to the transcript, the
 * closing categories and the conversation's and user's collected details. `follow_up_details` is
 * filled when a follow-up was scheduled and is an empty object otherwise.
 *
 * Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
 *
 * Subscription name `webhook_conversation_complete`.
 *
 * @useDeclaredType
 */
export type HaptikWebhookConversationCompleteEvent =
  components["schemas"]["WebhookConversationCompleteEvent"];

/** Every event type Haptik sends, by its `event_name` (specs/haptik/openapi.yaml `webhooks`). */
export interface HaptikWebhookEvents {
  /** Message */
  message: HaptikMessageEvent;
  /** Chat Pinned */
  chat_pinned: HaptikChatPinnedEvent;
  /** Chat Complete */
  chat_complete: HaptikChatCompleteEvent;
  /** Webhook Conversation Complete */
  webhook_conversation_complete: HaptikWebhookConversationCompleteEvent;
}

/** An event whose `event_name` this version does not know yet: the shared envelope, its type opaque (a string at run time). Delivered to a handler's `unknown`, never rejected. */
export type HaptikUnknownWebhookEvent = Omit<
  components["schemas"]["WebhookEnvelope"],
  "event_name"
> & { event_name: UnknownEventName };

/** Any event Haptik sends: narrow it by `event_name` (`switch (event.event_name)`); an unknown type falls to `default`. */
export type HaptikWebhookEvent =
  HaptikWebhookEvents[keyof HaptikWebhookEvents] | HaptikUnknownWebhookEvent;

/** Run-time facts of the events: the type property, the id deliveries of one event share, the known types. */
export const webhookEvents = {
  discriminator: "event_name",
  id: null,
  types: ["message", "chat_pinned", "chat_complete", "webhook_conversation_complete"],
} as const;
