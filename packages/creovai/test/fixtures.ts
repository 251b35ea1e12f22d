// Bodies shared by the tests: valid by every rule the helpers check, so each test changes one thing.
import type { RecordedRequest } from "@cxkit/test-utils";
import type {
  CreovaiCaptureCallRequest,
  CreovaiCaptureCaseRequest,
  CreovaiCaptureChatRequest,
  CreovaiCaseSession,
  CreovaiChatSession,
  CreovaiRecordingInfo,
} from "@cxkit/creovai";

/** A v1 chat (the docs' sample, with its messages moved inside the chat's span). */
export function v1Chat(): CreovaiChatSession {
  return {
    SessionId: "160953e6-8136-4090-a54d-44c25691149f",
    MasterCallId: "4f5917ea-8124-4121-96a2-79bbaca7d23d",
    UtcStart: "2017-08-16T19:30:00Z",
    UtcEnd: "2017-08-16T19:33:00Z",
    Contacts: [
      {
        FirstName: "Jane",
        LastName: "Doe",
        Type: "Customer",
        Messages: [
          { Content: "I need to make an appointment.", UtcTimestamp: "2017-08-16T19:30:40Z" },
          { Content: "Thanks!", UtcTimestamp: "2017-08-16T19:33:00Z" },
        ],
      },
      {
        ReferenceId: "1234",
        Type: "Agent",
        Messages: [{ Content: "Select Appointments.", UtcTimestamp: "2017-08-16T19:30:00Z" }],
      },
    ],
    Metadata: { ReferenceId: "1501a", CustomerRating: "4" },
  };
}

/** A v2 chat. */
export function v2Chat(): CreovaiCaptureChatRequest {
  return {
    sessionId: "160953e6-8136-4090-a54d-44c25691149f",
    utcStart: "2017-08-16T19:30:00Z",
    utcEnd: "2017-08-16T19:33:00+00:00",
    participants: [
      {
        referenceId: "C-5521",
        type: "Customer",
        messages: [{ content: "I need an appointment.", utcTimestamp: "2017-08-16T19:30:40Z" }],
      },
      {
        referenceId: "1234",
        type: "Agent",
        messages: [
          {
            content: "Select Appointments.",
            utcTimestamp: "2017-08-16T19:31:00.1234567Z",
            customEvents: [{ id: "kb-article-shared", source: "chat-widget" }],
          },
        ],
      },
    ],
    metadata: { CustomerRating: "4" },
  };
}

/** A v1 case. */
export function v1Case(): CreovaiCaseSession {
  return {
    ReferenceId: "CASE-00412",
    UtcStart: "2024-03-04T09:12:00Z",
    UtcEnd: "2024-03-04T11:40:00Z",
    Messages: [
      {
        UtcTimestamp: "2024-03-04T09:12:00Z",
        SenderReferenceId: "C-881",
        Channel: "Web",
        Content: "I was charged twice.",
      },
    ],
    Contacts: [{ ReferenceId: "C-881", Type: "Customer" }],
  };
}

/** A v2 case. */
export function v2Case(): CreovaiCaptureCaseRequest {
  return {
    sessionId: "CASE-00412",
    collectionId: "ACC-20931",
    utcStart: "2024-03-04T09:12:00Z",
    utcEnd: "2024-03-04T11:40:00Z",
    messages: [
      {
        utcTimestamp: "2024-03-04T09:12:00Z",
        senderReferenceId: "C-881",
        channel: "Web",
        content: "I was charged twice.",
      },
      {
        utcTimestamp: "2024-03-04T11:40:00Z",
        senderReferenceId: "A-17",
        channel: "email",
        content: "Refunded.",
      },
    ],
    participants: [
      { referenceId: "C-881", type: "Customer" },
      { referenceId: "A-17", type: "Agent" },
    ],
  };
}

/** The `info` of a v1 call recording. */
export function v1CallInfo(): CreovaiRecordingInfo {
  return {
    SessionId: "458789546",
    StartTime: "2015-06-04T13:26:17Z",
    EndTime: "2015-06-04T13:48:17Z",
    Direction: "Inbound",
    Contacts: [
      { Type: "agent", Channel: 0, ReferenceId: "3241" },
      { Type: "customer", Channel: 1, PhoneNumber: "444-555-9876" },
    ],
    Metadata: { callQueue: "Service-Change" },
  };
}

/** The `info` of a v2 call recording. */
export function v2CallInfo(): CreovaiCaptureCallRequest {
  return {
    sessionId: "458789546",
    utcStart: "2024-05-02T14:43:34Z",
    utcEnd: "2024-05-02T14:44:32Z",
    direction: "Outbound",
    participants: [
      { referenceId: "124445", channel: 0, type: "Agent" },
      { referenceId: "55451", channel: 1, type: "Customer" },
    ],
    audio: { format: "wav" },
  };
}

/** Bytes that are not valid UTF-8, so a text round trip would show. */
export const AUDIO = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0x00, 0xff, 0xfe, 0x80, 0x0a, 0x0d]);

/** One part of a multipart request, as the server received it. */
export interface ReceivedPart {
  type: string;
  bytes: Uint8Array;
}

/** The parts of a recorded multipart/form-data request, read on the server side. */
export async function partsOf(req: RecordedRequest): Promise<Record<string, ReceivedPart>> {
  const contentType = String(req.headers["content-type"]);
  if (!contentType.startsWith("multipart/form-data; boundary=")) {
    throw new Error(`not a multipart request: ${contentType}`);
  }
  const form = await new Response(new Uint8Array(req.body), {
    headers: { "content-type": contentType },
  }).formData();
  const parts: Record<string, ReceivedPart> = {};
  for (const [name, value] of form) {
    if (typeof value === "string") {
      parts[name] = { type: "", bytes: new TextEncoder().encode(value) };
    } else {
      parts[name] = { type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
    }
  }
  return parts;
}

/** A part's bytes as JSON. */
export function jsonOf(part: ReceivedPart | undefined): unknown {
  if (!part) throw new Error("part missing");
  return JSON.parse(new TextDecoder().decode(part.bytes));
}
