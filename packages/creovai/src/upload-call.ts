import { ValidationError, type CallOptions } from "@cxkit/core";
import { audioFormatOf, mediaTypeOf } from "./audio-format.js";
import { answeredCallId } from "./call-id.js";
import { asClient, type AnyCreovaiClient, type CreovaiCallIdResult } from "./capture-result.js";
import type { components } from "./generated/schema.js";
import { isV1CallInfo, validateCall } from "./validate-call.js";

type V1Info = components["schemas"]["RecordingInfo"];
type V2Info = components["schemas"]["CaptureCallRequest"];

/** A call recording to upload: its description and its audio. */
export interface CreovaiRecording<Info> {
  /** The description, sent as the `info` part (JSON, `application/json`). */
  info: Info;
  /** The audio, sent as the `data` part: a Blob or File, a Node Buffer or other bytes. */
  audio: Blob | ArrayBuffer | Uint8Array;
  /**
   * The audio's media type (`audio/wav`, `audio/mp3`, `audio/ogg`…). Default: the Blob's own type,
   * else the one of the format named in `info` (`wav` → `audio/wav`).
   */
  contentType?: string;
}

function audioPart(audio: CreovaiRecording<unknown>["audio"], type: string): Blob {
  return new Blob([audio as BlobPart], { type });
}

function mediaTypeFor(recording: CreovaiRecording<unknown>, format: string | undefined): string {
  const own = recording.audio instanceof Blob ? recording.audio.type : "";
  const type = recording.contentType ?? (own !== "" ? own : mediaTypeOf(format));
  if (type === undefined || type === "") {
    throw new ValidationError(
      "[@cxkit/creovai] contentType is needed: the audio's media type is unknown (pass contentType, e.g. audio/wav, or a Blob with a type)",
      "contentType",
    );
  }
  return type;
}

// The generated body types the `data` part as a string (openapi-typescript's reading of
// `format: binary`), while the runtime sends a Blob as a file part: the cast bridges the two.
function uploadBody<Info>(info: Info, data: Blob): { info: Info; data: string } {
  return { info, data: data as unknown as string };
}

/**
 * Upload a finished call recording with the v1 route (`POST /callCapture/v1/archive`, the publicly
 * documented one, PascalCase `info`) and resolve to its call ID (`callId` or `CallId` on the wire).
 * The `info` part goes as JSON with content type `application/json`, the `data` part as the audio
 * bytes with their media type; an empty `Audio.Format` is filled from that media type as Creovai's
 * SDK does. `info` is checked first with `validateCall()`: a `ValidationError` naming the field is
 * thrown and nothing is sent.
 */
export async function uploadCall(
  creovai: AnyCreovaiClient,
  recording: CreovaiRecording<V1Info>,
  options: CallOptions = {},
): Promise<CreovaiCallIdResult> {
  const { info } = recording;
  if (!isV1CallInfo(info)) {
    throw new ValidationError(
      "[@cxkit/creovai] body.info is not a v1 RecordingInfo (SessionId, StartTime, Contacts…): uploadCall takes a v1 one, captureCall a v2 one",
      "body.info",
    );
  }
  validateCall(info);
  const type = mediaTypeFor(recording, info.Audio?.Format);
  const sent: V1Info = info.Audio?.Format
    ? info
    : { ...info, Audio: { ...info.Audio, Format: audioFormatOf(type) } };
  const { data, response } = await asClient(creovai).POST("/callCapture/v1/archive", {
    ...options,
    body: uploadBody(sent, audioPart(recording.audio, type)),
    throwOnError: true,
  });
  return { callId: answeredCallId(data, response) };
}

/**
 * Upload a finished call recording with the v2 route (`POST /capture/v2/call`, camelCase `info`,
 * from Creovai's maintained SDK) and resolve to its call ID (answered as `id`). Parts and checks as
 * for {@link uploadCall}: `info` as `application/json`, the audio with its media type, an empty
 * `audio.format` filled from it, `validateCall()` first.
 */
export async function captureCall(
  creovai: AnyCreovaiClient,
  recording: CreovaiRecording<V2Info>,
  options: CallOptions = {},
): Promise<CreovaiCallIdResult> {
  const { info } = recording;
  if (isV1CallInfo(info)) {
    throw new ValidationError(
      "[@cxkit/creovai] body.info is a v1 RecordingInfo (SessionId, StartTime, Contacts…): captureCall takes a v2 CaptureCallRequest, uploadCall a v1 one",
      "body.info",
    );
  }
  validateCall(info);
  const type = mediaTypeFor(recording, info.audio?.format);
  const sent: V2Info = info.audio?.format
    ? info
    : { ...info, audio: { ...info.audio, format: audioFormatOf(type) } };
  const { data, response } = await asClient(creovai).POST("/capture/v2/call", {
    ...options,
    body: uploadBody(sent, audioPart(recording.audio, type)),
    throwOnError: true,
  });
  return { callId: answeredCallId(data, response) };
}
