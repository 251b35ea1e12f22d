import {
  parseDixaTimestamp,
  type DixaConversation,
  type DixaConversationRating,
  type DixaInternalNote,
  type DixaMessage,
} from "@cxkit/dixa";
import type { KlausImportComment, KlausImportTicket, KlausTicketField } from "@cxkit/klaus";

/** Someone who wrote in a Dixa conversation, as far as Dixa told us (agents by `getAgent`, end users by `getEndUser`). */
export interface DixaPerson {
  name?: string;
  email?: string;
  /** True for an agent (Zendesk QA: `authorIsNotClient`), false for the customer. */
  agent: boolean;
}

/** Everything {@link dixaConversationToQaTicket} turns into one Zendesk QA ticket. */
export interface DixaConversationParts {
  conversation: DixaConversation;
  messages: readonly DixaMessage[];
  notes: readonly DixaInternalNote[];
  ratings: readonly DixaConversationRating[];
  /** Authors, the requester and the assignee by Dixa user id; an unknown id imports without a name. */
  people: Readonly<Record<string, DixaPerson>>;
}

/** Options of {@link dixaConversationToQaTicket}. */
export interface DixaToQaOptions {
  /** Link to the conversation in Dixa (`https://<org>.dixa.com/conversation/<id>`), shown in Zendesk QA. */
  url?: string;
}

/** An object without its undefined fields: the Import API gets only what Dixa had. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A Dixa timestamp (`2021-12-01T12:46:36.581Z[GMT]` included) as the Import API takes it. */
const qaTime = (value: string): string =>
  parseDixaTimestamp(value).toISOString().replace(".000Z", "Z");

type Attributes = DixaMessage["attributes"];

/** The text, call and file details of one message, whatever its channel. */
function messageBody(attributes: Attributes): Partial<KlausImportComment> {
  switch (attributes._type) {
    case "EmailAttributes":
    case "ContactFormAttributes": {
      const body = attributes.emailContent;
      const attachment = attributes.attachments?.[0];
      if (body?._type === "TooLarge") {
        return {
          comment: "(e-mail too large to import: see the attachment)",
          attachmentUrl: body.file.url,
        };
      }
      return compact({
        comment: body?.content.value ?? "",
        attachmentUrl: attachment?.url,
        attachmentName: attachment?.prettyName,
      });
    }
    case "PhoneAttributes":
      return compact({
        comment: `Call from ${attributes.from} to ${attributes.to}`,
        callDuration: attributes.duration,
        callDirection: attributes.direction?.toLowerCase(),
      });
    case "CallRecordingAttributes":
      return compact({
        comment: "Call recording",
        recordingUrl: attributes.recording,
        callDuration: attributes.duration,
      });
    case "MessengerFormAttributes":
      return { comment: attributes.content?.value ?? "(form submission)" };
    default: {
      const attachment = "attachments" in attributes ? attributes.attachments?.[0] : undefined;
      return compact({
        comment: attributes.content?.value ?? "",
        attachmentUrl: attachment?.url,
        attachmentName: attachment?.prettyName,
      });
    }
  }
}

function author(person: DixaPerson | undefined, attributes?: Attributes) {
  // An e-mail names its sender itself, which beats a lookup (an end user may have several addresses).
  const from =
    attributes &&
    (attributes._type === "EmailAttributes" || attributes._type === "ContactFormAttributes")
      ? attributes.from
      : undefined;
  return compact({
    authorName: from?.name ?? person?.name,
    authorEmail: from?.email ?? person?.email,
    // Unknown author: Dixa's direction says which side wrote it.
    authorIsNotClient:
      person?.agent ??
      !(attributes && "direction" in attributes && attributes.direction === "Inbound"),
  });
}

/** The CSAT answer of a conversation: a rated CSAT question, else an offered one that has a score. */
function csatOf(ratings: readonly DixaConversationRating[]) {
  const scored = ratings.filter(
    (r) => r.ratingType === "Csat" && typeof r.ratingScore === "number",
  );
  return scored.find((r) => r.ratingStatus === "Rated") ?? scored[0];
}

function ticketFields(conversation: DixaConversation): KlausTicketField[] | undefined {
  const attributes = "customAttributes" in conversation ? conversation.customAttributes : undefined;
  if (!attributes?.length) return undefined;
  return attributes.map((a) => ({
    id: a.identifier,
    label: a.name,
    values: (Array.isArray(a.value) ? a.value : [a.value]).map((v) => ({ label: v, value: v })),
  }));
}

/**
 * One Dixa conversation as a Zendesk QA import ticket: its messages as public comments, its internal notes
 * as `public: false` comments (oldest first), its CSAT rating as `satisfactionScore` (text, as the Import
 * API takes it) and `satisfactionComment`, the assigned agent as assignee (Zendesk QA makes a conversation
 * reviewable when that address is one of its users), the requester as customer and its custom attributes
 * as ticket fields. Ids are Dixa's, so importing the same conversation again updates it. Throws a
 * TypeError (from `parseDixaTimestamp`) for a timestamp it cannot read.
 */
export function dixaConversationToQaTicket(
  parts: DixaConversationParts,
  options: DixaToQaOptions = {},
): KlausImportTicket {
  const { conversation, people } = parts;
  const stateUpdatedAt = "stateUpdatedAt" in conversation ? conversation.stateUpdatedAt : undefined;
  const state = "state" in conversation ? conversation.state : undefined;
  const agentId = "assignment" in conversation ? conversation.assignment?.agentId : undefined;
  const assignee = agentId === undefined ? undefined : people[agentId];
  const customer = people[conversation.requesterId];
  const subject = "subject" in conversation ? conversation.subject : undefined;
  const rating = csatOf(parts.ratings);

  const comments: (KlausImportComment & { at: number })[] = [
    ...parts.messages.map((m) => ({
      id: m.id,
      ...author(people[m.authorId], m.attributes),
      public: true,
      ...messageBody(m.attributes),
      created: qaTime(m.createdAt),
      at: parseDixaTimestamp(m.createdAt).getTime(),
    })),
    ...parts.notes.map((n) => ({
      id: n.id,
      ...author(people[n.authorId] ?? { agent: true }),
      public: false,
      comment: n.message,
      created: qaTime(n.createdAt),
      at: parseDixaTimestamp(n.createdAt).getTime(),
    })),
  ];
  comments.sort((a, b) => a.at - b.at);

  return compact({
    id: String(conversation.id),
    subject: subject ?? `Dixa ${conversation.channel} conversation ${conversation.id}`,
    created: qaTime(conversation.createdAt),
    updated: stateUpdatedAt === undefined ? undefined : qaTime(stateUpdatedAt),
    closed: state === "Closed" && stateUpdatedAt !== undefined ? qaTime(stateUpdatedAt) : undefined,
    status: state,
    channel: conversation.channel,
    assigneeEmail: assignee?.email,
    assigneeName: assignee?.name,
    customerName: customer?.name,
    customerEmail: customer?.email,
    url: options.url,
    satisfactionScore: rating ? String(rating.ratingScore) : undefined,
    satisfactionComment: rating?.ratingComment,
    ticketFields: ticketFields(conversation),
    comments: comments.map(({ at: _at, ...comment }) => comment),
  });
}
