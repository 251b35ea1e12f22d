import { describe, expect, it } from "vitest";
import { encodeAnswer, listen, settleBody } from "../../src/server/http.js";

describe("encodeAnswer", () => {
  it.each([
    [
      "JSON by default",
      { status: 200, body: { a: 1 } },
      { "content-type": "application/json" },
      '{"a":1}',
    ],
    [
      "text as text",
      { status: 400, body: "nope", type: "text/plain" },
      { "content-type": "text/plain; charset=utf-8" },
      "nope",
    ],
    ["no body for a 204", { status: 204, body: { a: 1 } }, {}, undefined],
    [
      "the reply's own content type",
      {
        status: 200,
        body: "x",
        type: "text/csv",
        headers: { "Content-Type": "text/csv; header=present" },
      },
      { "Content-Type": "text/csv; header=present" },
      "x",
    ],
    [
      "raw text as it is",
      { status: 200, raw: "{", type: "application/json" },
      { "content-type": "application/json" },
      "{",
    ],
    [
      "bytes of a binary type, without a charset",
      { status: 200, body: new Uint8Array([0xff, 0xfb]), type: "audio/mpeg" },
      { "content-type": "audio/mpeg" },
      new Uint8Array([0xff, 0xfb]),
    ],
    [
      "an ArrayBuffer as its bytes",
      { status: 200, body: new Uint8Array([1, 2]).buffer, type: "application/octet-stream" },
      { "content-type": "application/octet-stream" },
      new Uint8Array([1, 2]),
    ],
    [
      "bytes without a type as application/octet-stream",
      { status: 200, body: new Uint8Array([7]) },
      { "content-type": "application/octet-stream" },
      new Uint8Array([7]),
    ],
    [
      "text for a binary type as it is, without a charset",
      { status: 200, body: "ID3", type: "audio/mpeg" },
      { "content-type": "audio/mpeg" },
      "ID3",
    ],
  ])("%s", (_name, answer, headers, payload) => {
    expect(encodeAnswer(answer)).toEqual({ status: answer.status, headers, payload });
  });
});

describe("settleBody", () => {
  it("reads a Blob body into bytes, taking its type unless the answer names one", async () => {
    const blob = new Blob([new Uint8Array([1, 2])], { type: "audio/mpeg" });
    expect(await settleBody({ status: 200, body: blob })).toEqual({
      status: 200,
      body: new Uint8Array([1, 2]),
      type: "audio/mpeg",
    });
    expect((await settleBody({ status: 200, body: blob, type: "audio/ogg" })).type).toBe(
      "audio/ogg",
    );
    const json = { status: 200, body: { a: 1 } };
    expect(await settleBody(json)).toBe(json);
  });
});

describe("listen", () => {
  it("serves on 127.0.0.1; close() drops a request that sleeps, and is safe twice", async () => {
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    const server = await listen({}, async (_req, res, self) => {
      entered();
      await self.sleep(60_000); // close() ends the wait at once
      res.end(self.closing.aborted ? "closed" : "slept");
    });
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    const pending = fetch(server.origin).then(
      (response) => response.text(),
      (error: Error) => error.name,
    );
    await inHandler;
    await Promise.all([server.close(), server.close()]);
    expect(await pending).toBe("TypeError"); // the connection was dropped before the answer
  });
});
