// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { UnknownEventName } from "@cxkit/core";
import type { components } from "./schema.js";

/**
 * Conversation created
 *
 * Sent when a conversation is created in Dixa, on any channel and in either direction. `data.conversation` is the new conversation; consumer samples show it unassigned (`assignee: null`) and `OPEN`. Subscribe with the name `ConversationCreated`; the body says `event_fqn: CONVERSATION_CREATED`.
 *
 * Subscription name `ConversationCreated`.
 *
 * @useDeclaredType
 */
export type DixaConversationCreatedEvent = components["schemas"]["WebhookConversationCreatedEvent"];

/**
 * Conversation open
 *
 * Sent when a closed conversation is reopened, e.g. because the customer wrote again. `data.conversation` is the reopened conversation. The docs do not say whether a newly created conversation also sends it. Subscribe with the name `ConversationOpen`; the body says `event_fqn: CONVERSATION_OPEN`.
 *
 * Subscription name `ConversationOpen`.
 *
 * @useDeclaredType
 */
export type DixaConversationOpenEvent = components["schemas"]["WebhookConversationOpenEvent"];

/**
 * Conversation pending
 *
 * Sent when a follow-up is set on a conversation, which puts it in `PENDING` state until the follow-up time or a reply. `data.conversation` is the conversation. Subscribe with the name `ConversationPending`; the body says `event_fqn: CONVERSATION_PENDING`.
 *
 * Subscription name `ConversationPending`.
 *
 * @useDeclaredType
 */
export type DixaConversationPendingEvent = components["schemas"]["WebhookConversationPendingEvent"];

/**
 * Conversation pending expired
 *
 * Sent when the follow-up time of a pending conversation passes. `data.conversation` is the conversation; `data.pendingByUser`, when present, is the agent who set the follow-up. Subscribe with the name `ConversationPendingExpired`; the body says `event_fqn: CONVERSATION_PENDING_EXPIRED`.
 *
 * Subscription name `ConversationPendingExpired`.
 *
 * @useDeclaredType
 */
export type DixaConversationPendingExpiredEvent =
  components["schemas"]["WebhookConversationPendingExpiredEvent"];

/**
 * Conversation closed
 *
 * Sent when a conversation is closed, by an agent, a rule or the API. `data.conversation` is the closed conversation. Subscribe with the name `ConversationClosed`; the body says `event_fqn: CONVERSATION_CLOSED`.
 *
 * Subscription name `ConversationClosed`.
 *
 * @useDeclaredType
 */
export type DixaConversationClosedEvent = components["schemas"]["WebhookConversationClosedEvent"];

/**
 * Conversation abandoned
 *
 * Sent when a conversation is closed before any agent was assigned to it, e.g. a chat the customer left while waiting. `data.conversation` is the conversation and `data.queue` the queue it waited in. Subscribe with the name `ConversationAbandoned`; the body says `event_fqn: CONVERSATION_ABANDONED`.
 *
 * Subscription name `ConversationAbandoned`.
 *
 * @useDeclaredType
 */
export type DixaConversationAbandonedEvent =
  components["schemas"]["WebhookConversationAbandonedEvent"];

/**
 * Conversation enqueued
 *
 * Sent when a conversation enters a queue. `data.conversation` is the conversation (its `queue` is the queue entered). Dixa's docs list further fields for this event that our sources do not show; they pass through untyped. Subscribe with the name `ConversationEnqueued`; the body says `event_fqn: CONVERSATION_ENQUEUED`.
 *
 * Subscription name `ConversationEnqueued`.
 *
 * @useDeclaredType
 */
export type DixaConversationEnqueuedEvent =
  components["schemas"]["WebhookConversationEnqueuedEvent"];

/**
 * Conversation assigned
 *
 * Sent when a conversation is assigned to an agent (offered and accepted, claimed, or assigned through the API). Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. The conversation's `assignee` is presumably the new agent. Subscribe with the name `ConversationAssigned`; the body says `event_fqn: CONVERSATION_ASSIGNED`.
 *
 * Subscription name `ConversationAssigned`.
 *
 * @useDeclaredType
 */
export type DixaConversationAssignedEvent =
  components["schemas"]["WebhookConversationAssignedEvent"];

/**
 * Conversation unassigned
 *
 * Sent when the agent is removed from a conversation, e.g. it goes back to a queue. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationUnassigned`; the body says `event_fqn: CONVERSATION_UNASSIGNED`.
 *
 * Subscription name `ConversationUnassigned`.
 *
 * @useDeclaredType
 */
export type DixaConversationUnassignedEvent =
  components["schemas"]["WebhookConversationUnassignedEvent"];

/**
 * Conversation transferred
 *
 * Sent when a conversation is transferred to another agent or to another queue (Dixa's docs name the two cases separately; both arrive as this one event type). Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationTransferred`; the body says `event_fqn: CONVERSATION_TRANSFERRED`.
 *
 * Subscription name `ConversationTransferred`.
 *
 * @useDeclaredType
 */
export type DixaConversationTransferredEvent =
  components["schemas"]["WebhookConversationTransferredEvent"];

/**
 * End user replaced
 *
 * Sent when the end user (requester) of a conversation is changed, e.g. after merging or correcting a contact. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. The conversation's `requester` is presumably the new end user. Subscribe with the name `ConversationEndUserReplaced`; the body says `event_fqn: CONVERSATION_END_USER_REPLACED`.
 *
 * Subscription name `ConversationEndUserReplaced`.
 *
 * @useDeclaredType
 */
export type DixaConversationEndUserReplacedEvent =
  components["schemas"]["WebhookConversationEndUserReplacedEvent"];

/**
 * Conversation note added
 *
 * Sent when an agent adds an internal note to a conversation. `data` holds the conversation, the note's `note_id`, `text` and `created_at`, and its `author` (fields from the delivery-log samples in Dixa's own API description). Subscribe with the name `ConversationNoteAdded`; the body says `event_fqn: CONVERSATION_NOTE_ADDED`.
 *
 * Subscription name `ConversationNoteAdded`.
 *
 * @useDeclaredType
 */
export type DixaConversationNoteAddedEvent =
  components["schemas"]["WebhookConversationNoteAddedEvent"];

/**
 * Conversation message added
 *
 * Sent when a message is added to a conversation: an inbound message from the customer or an outbound one from an agent or the API (internal notes send `ConversationNoteAdded` instead). `data` holds the conversation and the message: `message_id`, `author`, `channel`, `direction` (lower case), `text`, `content`, `external_id`, `created_at` (fields from consumers' sample bodies). Subscribe with the name `ConversationMessageAdded`; the body says `event_fqn: CONVERSATION_MESSAGE_ADDED`.
 *
 * Subscription name `ConversationMessageAdded`.
 *
 * @useDeclaredType
 */
export type DixaConversationMessageAddedEvent =
  components["schemas"]["WebhookConversationMessageAddedEvent"];

/**
 * Conversation tag added
 *
 * Sent when a tag is put on a conversation. `data` holds the conversation (whose `tags` already include the new tag), `tag` (the tag's name) and `author` (who tagged). Subscribe with the name `ConversationTagAdded`; the body says `event_fqn: CONVERSATION_TAG_ADDED`.
 *
 * Subscription name `ConversationTagAdded`.
 *
 * @useDeclaredType
 */
export type DixaConversationTagAddedEvent =
  components["schemas"]["WebhookConversationTagAddedEvent"];

/**
 * Conversation tag removed
 *
 * Sent when a tag is taken off a conversation. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. It presumably mirrors `ConversationTagAdded` (`tag`, `author`). Subscribe with the name `ConversationTagRemoved`; the body says `event_fqn: CONVERSATION_TAG_REMOVED`.
 *
 * Subscription name `ConversationTagRemoved`.
 *
 * @useDeclaredType
 */
export type DixaConversationTagRemovedEvent =
  components["schemas"]["WebhookConversationTagRemovedEvent"];

/**
 * Conversation rated
 *
 * Sent when the customer answers a rating offer, and again when they add a comment to a rating (one event each). `data` holds the conversation, the rating (`score`, `comment`, `type`) and the `agent` rated. Consumers disagree on where the rating sits (beside the conversation or inside it); the schema accepts both. Subscribe with the name `ConversationRated`; the body says `event_fqn: CONVERSATION_RATED`.
 *
 * Subscription name `ConversationRated`.
 *
 * @useDeclaredType
 */
export type DixaConversationRatedEvent = components["schemas"]["WebhookConversationRatedEvent"];

/**
 * Conversation custom attribute updated
 *
 * Sent when custom attributes of a conversation change. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Read the current values with `GET /v1/conversations/{conversationId}`. Subscribe with the name `ConversationCustomAttributeUpdated`; the body says `event_fqn: CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED`.
 *
 * Subscription name `ConversationCustomAttributeUpdated`.
 *
 * @useDeclaredType
 */
export type DixaConversationCustomAttributeUpdatedEvent =
  components["schemas"]["WebhookConversationCustomAttributeUpdatedEvent"];

/**
 * Conversation message delivery sent
 *
 * Sent when an outbound message has been handed to its channel (e.g. the e-mail left Dixa). Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySent`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SENT`.
 *
 * Subscription name `ConversationMessageDeliverySent`.
 *
 * @useDeclaredType
 */
export type DixaConversationMessageDeliverySentEvent =
  components["schemas"]["WebhookConversationMessageDeliverySentEvent"];

/**
 * Conversation message delivery delivered
 *
 * Sent when the channel reports an outbound message delivered to the customer. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryDelivered`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_DELIVERED`.
 *
 * Subscription name `ConversationMessageDeliveryDelivered`.
 *
 * @useDeclaredType
 */
export type DixaConversationMessageDeliveryDeliveredEvent =
  components["schemas"]["WebhookConversationMessageDeliveryDeliveredEvent"];

/**
 * Conversation message delivery seen
 *
 * Sent when the channel reports that the customer has seen an outbound message. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySeen`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SEEN`.
 *
 * Subscription name `ConversationMessageDeliverySeen`.
 *
 * @useDeclaredType
 */
export type DixaConversationMessageDeliverySeenEvent =
  components["schemas"]["WebhookConversationMessageDeliverySeenEvent"];

/**
 * Conversation message delivery failed
 *
 * Sent when an outbound message could not be delivered (e.g. the e-mail bounced). Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryFailed`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_FAILED`.
 *
 * Subscription name `ConversationMessageDeliveryFailed`.
 *
 * @useDeclaredType
 */
export type DixaConversationMessageDeliveryFailedEvent =
  components["schemas"]["WebhookConversationMessageDeliveryFailedEvent"];

/**
 * Conversation message delivery info
 *
 * Sent when the channel reports other information about the delivery of an outbound message. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryInfo`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_INFO`.
 *
 * Subscription name `ConversationMessageDeliveryInfo`.
 *
 * @useDeclaredType
 */
export type DixaConversationMessageDeliveryInfoEvent =
  components["schemas"]["WebhookConversationMessageDeliveryInfoEvent"];

/**
 * Conversation message delivery spam complaint
 *
 * Sent when the recipient of an outbound e-mail marks it as spam. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySpamComplaint`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT`.
 *
 * Subscription name `ConversationMessageDeliverySpamComplaint`.
 *
 * @useDeclaredType
 */
export type DixaConversationMessageDeliverySpamComplaintEvent =
  components["schemas"]["WebhookConversationMessageDeliverySpamComplaintEvent"];

/**
 * Typing started
 *
 * Sent when an agent starts typing a message to the end user. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `TypingStarted`; the body says `event_fqn: TYPING_STARTED`.
 *
 * Subscription name `TypingStarted`.
 *
 * @useDeclaredType
 */
export type DixaTypingStartedEvent = components["schemas"]["WebhookTypingStartedEvent"];

/**
 * SLA pending
 *
 * Sent when an SLA evaluation starts for a conversation and its outcome is still open. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationPending`; the body says `event_fqn: SLA_EVALUATION_PENDING`.
 *
 * Subscription name `SLAEvaluationPending`.
 *
 * @useDeclaredType
 */
export type DixaSLAEvaluationPendingEvent =
  components["schemas"]["WebhookSLAEvaluationPendingEvent"];

/**
 * SLA breached
 *
 * Sent when a conversation misses an SLA deadline. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationBreached`; the body says `event_fqn: SLA_EVALUATION_BREACHED`.
 *
 * Subscription name `SLAEvaluationBreached`.
 *
 * @useDeclaredType
 */
export type DixaSLAEvaluationBreachedEvent =
  components["schemas"]["WebhookSLAEvaluationBreachedEvent"];

/**
 * SLA achieved
 *
 * Sent when a conversation meets its SLA target. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationAchieved`; the body says `event_fqn: SLA_EVALUATION_ACHIEVED`.
 *
 * Subscription name `SLAEvaluationAchieved`.
 *
 * @useDeclaredType
 */
export type DixaSLAEvaluationAchievedEvent =
  components["schemas"]["WebhookSLAEvaluationAchievedEvent"];

/**
 * SLA voided
 *
 * Sent when an SLA evaluation no longer applies to a conversation (e.g. the conversation left the SLA's scope). Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationVoided`; the body says `event_fqn: SLA_EVALUATION_VOIDED`.
 *
 * Subscription name `SLAEvaluationVoided`.
 *
 * @useDeclaredType
 */
export type DixaSLAEvaluationVoidedEvent = components["schemas"]["WebhookSLAEvaluationVoidedEvent"];

/**
 * Banned end user
 *
 * Sent when an agent bans an end user. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentBannedEnduser`; the body says `event_fqn: AGENT_BANNED_ENDUSER`.
 *
 * Subscription name `AgentBannedEnduser`.
 *
 * @useDeclaredType
 */
export type DixaAgentBannedEnduserEvent = components["schemas"]["WebhookAgentBannedEnduserEvent"];

/**
 * Unbanned end user
 *
 * Sent when an agent lifts the ban on an end user. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentUnbannedEnduser`; the body says `event_fqn: AGENT_UNBANNED_ENDUSER`.
 *
 * Subscription name `AgentUnbannedEnduser`.
 *
 * @useDeclaredType
 */
export type DixaAgentUnbannedEnduserEvent =
  components["schemas"]["WebhookAgentUnbannedEnduserEvent"];

/**
 * Banned IP
 *
 * Sent when an agent bans an IP address. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentBannedIp`; the body says `event_fqn: AGENT_BANNED_IP`.
 *
 * Subscription name `AgentBannedIp`.
 *
 * @useDeclaredType
 */
export type DixaAgentBannedIpEvent = components["schemas"]["WebhookAgentBannedIpEvent"];

/**
 * Unbanned IP
 *
 * Sent when an agent lifts the ban on an IP address. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentUnbannedIp`; the body says `event_fqn: AGENT_UNBANNED_IP`.
 *
 * Subscription name `AgentUnbannedIp`.
 *
 * @useDeclaredType
 */
export type DixaAgentUnbannedIpEvent = components["schemas"]["WebhookAgentUnbannedIpEvent"];

/** Every event type Dixa sends, by its `event_fqn` (specs/dixa/openapi.yaml `webhooks`). */
export interface DixaWebhookEvents {
  /** Conversation created */
  CONVERSATION_CREATED: DixaConversationCreatedEvent;
  /** Conversation open */
  CONVERSATION_OPEN: DixaConversationOpenEvent;
  /** Conversation pending */
  CONVERSATION_PENDING: DixaConversationPendingEvent;
  /** Conversation pending expired */
  CONVERSATION_PENDING_EXPIRED: DixaConversationPendingExpiredEvent;
  /** Conversation closed */
  CONVERSATION_CLOSED: DixaConversationClosedEvent;
  /** Conversation abandoned */
  CONVERSATION_ABANDONED: DixaConversationAbandonedEvent;
  /** Conversation enqueued */
  CONVERSATION_ENQUEUED: DixaConversationEnqueuedEvent;
  /** Conversation assigned */
  CONVERSATION_ASSIGNED: DixaConversationAssignedEvent;
  /** Conversation unassigned */
  CONVERSATION_UNASSIGNED: DixaConversationUnassignedEvent;
  /** Conversation transferred */
  CONVERSATION_TRANSFERRED: DixaConversationTransferredEvent;
  /** End user replaced */
  CONVERSATION_END_USER_REPLACED: DixaConversationEndUserReplacedEvent;
  /** Conversation note added */
  CONVERSATION_NOTE_ADDED: DixaConversationNoteAddedEvent;
  /** Conversation message added */
  CONVERSATION_MESSAGE_ADDED: DixaConversationMessageAddedEvent;
  /** Conversation tag added */
  CONVERSATION_TAG_ADDED: DixaConversationTagAddedEvent;
  /** Conversation tag removed */
  CONVERSATION_TAG_REMOVED: DixaConversationTagRemovedEvent;
  /** Conversation rated */
  CONVERSATION_RATED: DixaConversationRatedEvent;
  /** Conversation custom attribute updated */
  CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED: DixaConversationCustomAttributeUpdatedEvent;
  /** Conversation message delivery sent */
  CONVERSATION_MESSAGE_DELIVERY_SENT: DixaConversationMessageDeliverySentEvent;
  /** Conversation message delivery delivered */
  CONVERSATION_MESSAGE_DELIVERY_DELIVERED: DixaConversationMessageDeliveryDeliveredEvent;
  /** Conversation message delivery seen */
  CONVERSATION_MESSAGE_DELIVERY_SEEN: DixaConversationMessageDeliverySeenEvent;
  /** Conversation message delivery failed */
  CONVERSATION_MESSAGE_DELIVERY_FAILED: DixaConversationMessageDeliveryFailedEvent;
  /** Conversation message delivery info */
  CONVERSATION_MESSAGE_DELIVERY_INFO: DixaConversationMessageDeliveryInfoEvent;
  /** Conversation message delivery spam complaint */
  CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT: DixaConversationMessageDeliverySpamComplaintEvent;
  /** Typing started */
  TYPING_STARTED: DixaTypingStartedEvent;
  /** SLA pending */
  SLA_EVALUATION_PENDING: DixaSLAEvaluationPendingEvent;
  /** SLA breached */
  SLA_EVALUATION_BREACHED: DixaSLAEvaluationBreachedEvent;
  /** SLA achieved */
  SLA_EVALUATION_ACHIEVED: DixaSLAEvaluationAchievedEvent;
  /** SLA voided */
  SLA_EVALUATION_VOIDED: DixaSLAEvaluationVoidedEvent;
  /** Banned end user */
  AGENT_BANNED_ENDUSER: DixaAgentBannedEnduserEvent;
  /** Unbanned end user */
  AGENT_UNBANNED_ENDUSER: DixaAgentUnbannedEnduserEvent;
  /** Banned IP */
  AGENT_BANNED_IP: DixaAgentBannedIpEvent;
  /** Unbanned IP */
  AGENT_UNBANNED_IP: DixaAgentUnbannedIpEvent;
}

/** An event whose `event_fqn` this version does not know yet: the shared envelope, its type opaque (a string at run time). Delivered to a handler's `unknown`, never rejected. */
export type DixaUnknownWebhookEvent = Omit<
  components["schemas"]["WebhookEnvelope"],
  "event_fqn"
> & { event_fqn: UnknownEventName };

/** Any event Dixa sends: narrow it by `event_fqn` (`switch (event.event_fqn)`); an unknown type falls to `default`. */
export type DixaWebhookEvent = DixaWebhookEvents[keyof DixaWebhookEvents] | DixaUnknownWebhookEvent;

/** Run-time facts of the events: the type property, the id deliveries of one event share, the known types. */
export const webhookEvents = {
  discriminator: "event_fqn",
  id: "event_id",
  types: [
    "CONVERSATION_CREATED",
    "CONVERSATION_OPEN",
    "CONVERSATION_PENDING",
    "CONVERSATION_PENDING_EXPIRED",
    "CONVERSATION_CLOSED",
    "CONVERSATION_ABANDONED",
    "CONVERSATION_ENQUEUED",
    "CONVERSATION_ASSIGNED",
    "CONVERSATION_UNASSIGNED",
    "CONVERSATION_TRANSFERRED",
    "CONVERSATION_END_USER_REPLACED",
    "CONVERSATION_NOTE_ADDED",
    "CONVERSATION_MESSAGE_ADDED",
    "CONVERSATION_TAG_ADDED",
    "CONVERSATION_TAG_REMOVED",
    "CONVERSATION_RATED",
    "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED",
    "CONVERSATION_MESSAGE_DELIVERY_SENT",
    "CONVERSATION_MESSAGE_DELIVERY_DELIVERED",
    "CONVERSATION_MESSAGE_DELIVERY_SEEN",
    "CONVERSATION_MESSAGE_DELIVERY_FAILED",
    "CONVERSATION_MESSAGE_DELIVERY_INFO",
    "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT",
    "TYPING_STARTED",
    "SLA_EVALUATION_PENDING",
    "SLA_EVALUATION_BREACHED",
    "SLA_EVALUATION_ACHIEVED",
    "SLA_EVALUATION_VOIDED",
    "AGENT_BANNED_ENDUSER",
    "AGENT_UNBANNED_ENDUSER",
    "AGENT_BANNED_IP",
    "AGENT_UNBANNED_IP",
  ],
} as const;
