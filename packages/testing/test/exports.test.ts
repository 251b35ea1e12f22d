// The package's public entry point, as users import it (built dist).
import * as testing from "@cxkit/testing";
import { describe, expect, it } from "vitest";

describe("@cxkit/testing exports", () => {
  it("exports the mock servers and helpers", () => {
    expect(Object.keys(testing).sort()).toEqual([
      "HAPTIK_ANSWER_WITHIN_MS",
      "HAPTIK_RETRY_SCHEDULE_S",
      "REDACTED",
      "VENDORS",
      "creovaiWebhookHeaders",
      "creovaiWebhookRequest",
      "deliverWebhook",
      "dixaWebhookHeaders",
      "dixaWebhookRequest",
      "formatRequest",
      "haptikWebhookHeaders",
      "haptikWebhookRequest",
      "mockCreovai",
      "mockDixa",
      "mockHaptik",
      "mockKlaus",
      "sampleWebhookEvent",
      "startMockServer",
      "vendorSpecs",
      "webhookEventTypes",
    ]);
    expect(testing.VENDORS).toEqual(["creovai", "dixa", "haptik", "klaus"]);
  });

  it("starts and closes every vendor's mock", async () => {
    for (const start of [
      testing.mockDixa,
      testing.mockKlaus,
      testing.mockHaptik,
      testing.mockCreovai,
    ]) {
      const mock = await start();
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await mock.close();
    }
  });
});
