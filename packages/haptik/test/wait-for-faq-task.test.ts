import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  CxkitError,
  createHaptikClient,
  FaqTaskError,
  NotFoundError,
  TimeoutError,
  waitForFaqTask,
} from "@cxkit/haptik";

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

  it("works with a client that throws on error statuses", async () => {
    server.handle(statuses("In Progress", "all steps have been created successfully"));
    const throwing = createHaptikClient({
      token: "t",
      clientId: "c",
      baseUrl: server.url,
      throwOnError: true,
    });
    const final = await waitForFaqTask(throwing, "task-5", { intervalMs: 10 });
    expect(final.body.status).toBe("all steps have been created successfully");
  });

  it("rejects with the typed error of an HTTP error answer", async () => {
    server.handle(() => ({ status: 404, body: { error_message: "task not found" } }));
    await expect(waitForFaqTask(haptik(), "task-6", { intervalMs: 10 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it("cuts a poll in flight short at timeoutMs", async () => {
    server.handle(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return statuses("In Progress")();
    });
    const started = performance.now();
    const error = await waitForFaqTask(haptik(), "task-7", { timeoutMs: 150 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150, kind: "deadline" });
    expect((error as Error).message).toContain("task-7");
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it.each<[string, Record<string, unknown>]>([
    ["intervalMs", { intervalMs: 0 }],
    ["intervalMs", { intervalMs: Number.NaN }],
    ["timeoutMs", { timeoutMs: Infinity }],
    ["timeoutMs", { timeoutMs: -5 }],
    ["timeoutMs", { timeoutMs: "100" }],
  ])("refuses a bad %s (%j) before polling", async (option, options) => {
    await expect(waitForFaqTask(haptik(), "task-8", options)).rejects.toMatchObject({
      name: "ConfigError",
      option,
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe("FaqTaskError", () => {
  it("is a CxkitError, and other cxkit errors are not FaqTaskErrors", () => {
    const failed = new FaqTaskError("t", "Error: bad row");
    expect(failed).toBeInstanceOf(CxkitError);
    expect(failed).toBeInstanceOf(FaqTaskError);
    expect(new TimeoutError("x", { timeoutMs: 1, kind: "deadline" })).not.toBeInstanceOf(
      FaqTaskError,
    );
    expect(new CxkitError("x")).not.toBeInstanceOf(FaqTaskError);
  });
});
