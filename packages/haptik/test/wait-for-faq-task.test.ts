import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { createHaptikClient, FaqTaskError, waitForFaqTask } from "@cxkit/haptik";

const server = useTestServer();

const haptik = () => createHaptikClient({ token: "t", clientId: "c", baseUrl: server.url });
const statuses = (...texts: string[]) => {
  let i = 0;
  return () => ({
    body: {
      success: true,
      body: { status: texts[Math.min(i++, texts.length - 1)] },
      error: "",
      meta: {},
    },
  });
};

describe("waitForFaqTask", () => {
  it("polls until the success status", async () => {
    server.handle(
      statuses("In Progress", "In Progress", "all steps have been created successfully"),
    );
    const final = await waitForFaqTask(haptik(), "task-1", { intervalMs: 10 });
    expect(final.body.status).toBe("all steps have been created successfully");
    expect(server.requests).toHaveLength(3);
    expect(server.requests[0]!.path).toBe("/mogambo_api/nodes/faq/create/status/task-1/");
  });

  it("rejects with Haptik's text on an Error/Exception status", async () => {
    server.handle(statuses("In Progress", "Exception: duplicate node_name 'hours' in row 3"));
    const error = await waitForFaqTask(haptik(), "task-2", { intervalMs: 10 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FaqTaskError);
    expect(error).toMatchObject({
      taskId: "task-2",
      status: "Exception: duplicate node_name 'hours' in row 3",
    });
    expect((error as Error).message).toContain("duplicate node_name 'hours' in row 3");
  });

  it("gives up after timeoutMs", async () => {
    server.handle(statuses("In Progress"));
    await expect(
      waitForFaqTask(haptik(), "task-3", { intervalMs: 20, timeoutMs: 100 }),
    ).rejects.toMatchObject({
      name: "TimeoutError",
    });
  });

  it("stops at once when the signal aborts", async () => {
    server.handle(statuses("In Progress"));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(
      waitForFaqTask(haptik(), "task-4", { intervalMs: 10_000, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
