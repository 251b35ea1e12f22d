// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
import {
  callIdOf,
  captureChat,
  createCreovaiClient,
  uploadCall,
  uploadChat,
  type CreovaiCallSummary,
  type CreovaiCaptureChatRequest,
  type CreovaiChatSession,
  type CreovaiInteraction,
  type CreovaiPurgeResult,
} from "@cxkit/creovai";

// @ts-expect-error a token and client credentials are alternatives, not both
createCreovaiClient({ token: "t", clientId: "id", clientSecret: "secret", instance: "acme" });

const creovai = createCreovaiClient({ token: "t", instance: "acme" });
const throwing = createCreovaiClient({ token: "t", instance: "acme", throwOnError: true });

declare const v1: CreovaiChatSession;
declare const v2: CreovaiCaptureChatRequest;

export async function typeTests(): Promise<void> {
  // @ts-expect-error an unknown path does not compile
  await creovai.POST("/callCapture/v1/archives", {});

  await creovai.POST("/chatCapture/v1", {
    // @ts-expect-error SessionId is required
    body: { UtcStart: "2024-01-01T00:00:00Z", UtcEnd: "2024-01-01T00:01:00Z", Contacts: [] },
  });

  // The wire name of the call ID differs per route: reading it directly does not compile…
  const answer = await creovai.uploadChat({ body: v1 });
  // @ts-expect-error `callId` is not on the `CallId` spelling of the answer
  answer.callId.toString();
  // …callIdOf() and the helpers give one string field.
  const id: string = callIdOf(answer);
  const v2Answer = await creovai.captureChat({ body: v2 });
  const id2: string = callIdOf(v2Answer);
  const { callId }: { callId: string } = await uploadChat(creovai, v1);
  await captureChat(throwing, v2);
  void [id, id2, callId];

  // @ts-expect-error uploadChat takes a v1 chat (PascalCase)
  await uploadChat(creovai, v2);
  // @ts-expect-error captureChat takes a v2 chat (camelCase)
  await captureChat(creovai, v1);
  await uploadCall(creovai, {
    info: { SessionId: "s", StartTime: "", Contacts: [] },
    // @ts-expect-error the audio is bytes or a Blob, not text
    audio: "RIFF",
  });

  // The aliases are the spec's shapes.
  const interaction: CreovaiInteraction = await creovai.getInteraction({ path: { id: "x" } });
  const purge: CreovaiPurgeResult = await creovai.purgeInteractionsByCustomer({
    query: { whatIf: true },
    body: { emails: ["a@example.com"] },
  });
  const summary: CreovaiCallSummary = { callId: "c", callUri: "https://x", participants: [] };
  void [interaction, purge, summary];
}
