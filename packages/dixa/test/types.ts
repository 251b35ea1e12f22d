// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
// Each call is otherwise valid, so the expected error can only come from the line it names.
import {
  createDixaClient,
  exportConversations,
  exportMessages,
  type DixaAgentBulkOutcome,
  type DixaBulkActionFailure,
  type DixaBulkError,
  type DixaEndUser,
  type DixaPeriodFilter,
  type DixaQueueMemberBulkOutcome,
  type DixaTag,
} from "@cxkit/dixa";

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

const WEBHOOK = {
  name: "Warehouse sync",
  url: "https://hooks.acme.com/dixa",
  customHeaders: {},
  events: ["ConversationCreated"],
};

export async function webhookAuthorizationTypes(): Promise<void> {
  // Each variant with its own fields compiles.
  await dixa.createWebhookSubscription({
    body: { ...WEBHOOK, authorization: { _type: "NoAuth" } },
  });
  await dixa.createWebhookSubscription({
    body: {
      ...WEBHOOK,
      authorization: { _type: "BasicAuth", username: "dixa", password: "s3cret" },
    },
  });
  await dixa.POST("/v1/webhooks", {
    body: { ...WEBHOOK, authorization: { _type: "TokenAuth", value: "hook-token" } },
  });

  await dixa.createWebhookSubscription({
    // @ts-expect-error "Bearer" is not a webhook authorization (NoAuth, BasicAuth, TokenAuth)
    body: { ...WEBHOOK, authorization: { _type: "Bearer", value: "hook-token" } },
  });
  await dixa.createWebhookSubscription({
    // @ts-expect-error BasicAuth needs a password
    body: { ...WEBHOOK, authorization: { _type: "BasicAuth", username: "dixa" } },
  });
  await dixa.createWebhookSubscription({
    // @ts-expect-error TokenAuth carries its token in `value`, not `token`
    body: { ...WEBHOOK, authorization: { _type: "TokenAuth", token: "hook-token" } },
  });
  await dixa.createWebhookSubscription({
    // @ts-expect-error authorization needs a `_type`
    body: { ...WEBHOOK, authorization: { username: "dixa", password: "s3cret" } },
  });
  // @ts-expect-error authorization is required (Dixa refuses a subscription without one)
  await dixa.createWebhookSubscription({ body: { ...WEBHOOK } });
}

export async function periodFilterTypes(): Promise<void> {
  const query = { id: "closed_conversations", timezone: "UTC" };
  await dixa.queryMetricData({
    body: { ...query, periodFilter: { _type: "Preset", value: { _type: "PreviousWeek" } } },
  });
  await dixa.queryMetricData({
    body: {
      ...query,
      periodFilter: {
        _type: "Interval",
        start: "2024-01-01T00:00:00Z",
        end: "2024-04-01T00:00:00Z",
      },
    },
  });
  const period: DixaPeriodFilter = { _type: "Preset", value: { _type: "ThisMonth" } };
  await dixa.POST("/v1/analytics/records", { body: { ...query, periodFilter: period } });

  await dixa.queryMetricData({
    // @ts-expect-error an Interval needs its end
    body: { ...query, periodFilter: { _type: "Interval", start: "2024-01-01T00:00:00Z" } },
  });
  await dixa.queryMetricData({
    // @ts-expect-error a Preset's value is an object named by `_type`, not a bare string
    body: { ...query, periodFilter: { _type: "Preset", value: "PreviousWeek" } },
  });
  // @ts-expect-error "LastDecade" is not one of Dixa's presets
  const unknownPreset: DixaPeriodFilter = { _type: "Preset", value: { _type: "LastDecade" } };
  void unknownPreset;
}

export async function bulkOutcomeTypes(): Promise<void> {
  const created = await dixa.createEndUsers({ body: { data: [{ email: "jane@example.com" }] } });
  for (const outcome of created.data ?? []) {
    // @ts-expect-error only a BulkActionSuccess has `data`: narrow on `_type` first
    void outcome.data.id;
    if (outcome._type === "BulkActionSuccess") {
      const user: DixaEndUser = outcome.data;
      void user.id;
    } else {
      const failure: DixaBulkActionFailure = outcome;
      const reason: DixaBulkError["_type"] = failure.error._type;
      void reason;
    }
  }
  const members = await dixa.addQueueMembers({
    path: { queueId: "921a6e00-0845-417e-9c67-f7cb872d45f0" },
    body: { agentIds: ["01107a2e-4ff0-4a87-bb48-a19af298394d"] },
  });
  const first: DixaQueueMemberBulkOutcome | undefined = members.data?.[0];
  if (first?._type === "BulkActionSuccess") {
    const agentId: string = first.data;
    void agentId;
  }
  const agents: readonly DixaAgentBulkOutcome[] =
    (await dixa.patchAgents({ body: [{ id: "01107a2e-4ff0-4a87-bb48-a19af298394d" }] })).data ?? [];
  void agents;
}

export async function noContentTypes(): Promise<void> {
  // A 204 operation's named method resolves to undefined, and nothing else.
  const deleted: undefined = await dixa.deleteTag({
    path: { tagId: "6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60" },
  });
  void deleted;
  const removed = await dixa.removeTeamMembers({
    path: { teamId: "83cc3c21-9d28-4250-b6ea-b3a6333c5c73" },
    body: { agentIds: ["01107a2e-4ff0-4a87-bb48-a19af298394d"] },
  });
  // @ts-expect-error a 204 has no body to read
  void removed.data;
  // ... while a 200 operation resolves to its body.
  const tag = await dixa.getTag({ path: { tagId: "6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60" } });
  const organizationTag: DixaTag = tag.data;
  void organizationTag;
}

export async function misspeltAndUnknownTypes(): Promise<void> {
  // @ts-expect-error "/v1/robots" is not a path of the Dixa spec (nor any named method)
  await dixa.POST("/v1/robots", { body: {} });
  // @ts-expect-error no operation is called getRobot
  await dixa.getRobot();
  // @ts-expect-error `parms` is not an init key (`params`)
  await dixa.GET("/v1/agents/{agentId}", { parms: { path: { agentId: "x" } } });
  // @ts-expect-error `timeoutMS` is not an option (`timeoutMs`)
  await dixa.GET("/v1/queues", { timeoutMS: 5_000 });
  // @ts-expect-error `qurey` is not a named-method param (`query`)
  await dixa.listAgents({ qurey: { email: "sam@acme.com" } });
  // @ts-expect-error `pageLimt` is not a query parameter of listEndUsers (`pageLimit`)
  await dixa.GET("/v1/endusers", { params: { query: { pageLimt: 10 } } });
  // @ts-expect-error exportConversations filters on closed, created, updated or last_message_created
  exportConversations(dixa, { from: "2024-01-01", to: "2024-02-01", dateField: "deleted" });
  // @ts-expect-error the export helpers need both ends of the period
  exportMessages(dixa, { from: "2024-01-01" });
}
