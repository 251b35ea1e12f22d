import { Redis as IoRedis5 } from "ioredis-v5";
import { Redis } from "ioredis";
import { createClient } from "redis";
import { createClient as createClient4 } from "redis-v4";
import { createClient as createClient5 } from "redis-v5";
import { afterAll, beforeAll, inject } from "vitest";
import type { RedisClientLike } from "@cxkit/redis-limits";
import { startRedisServer, type RedisServer } from "./redis-server.js";

/** Every client library (and major version) the package supports, by name. */
export const CLIENTS = ["ioredis@6", "ioredis@5", "redis@6", "redis@5", "redis@4"] as const;
export type ClientName = (typeof CLIENTS)[number];

/** One redis-server for a test file, and the clients its tests open (all closed after the file). */
export interface RedisFixture {
  readonly server: RedisServer;
  /** A new ioredis client to the file's server. */
  ioredis(): Redis;
  /** A new, connected client of the given library. */
  client(name: ClientName): Promise<RedisClientLike>;
}

interface Closable {
  close(): void;
}

async function open(
  name: ClientName,
  port: number,
): Promise<{ client: RedisClientLike } & Closable> {
  const url = `redis://127.0.0.1:${port}`;
  if (name === "ioredis@6" || name === "ioredis@5") {
    const client =
      name === "ioredis@6" ? new Redis(port, "127.0.0.1") : new IoRedis5(port, "127.0.0.1");
    client.on("error", () => {}); // reconnects by itself; the limiter reports what matters
    return { client, close: () => client.disconnect() };
  }
  const client =
    name === "redis@6"
      ? createClient({ url })
      : name === "redis@5"
        ? createClient5({ url })
        : createClient4({ url });
  // node-redis emits "error" on every failed reconnect; without a listener that is an uncaught error.
  client.on("error", () => {});
  await client.connect();
  return { client, close: () => void client.disconnect().catch(() => {}) };
}

export function useRedis(): RedisFixture {
  let server: RedisServer | undefined;
  const clients: Closable[] = [];
  beforeAll(async () => {
    server = await startRedisServer(inject("redisServer"));
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop();
  });
  const fixture: RedisFixture = {
    get server() {
      if (!server) throw new Error("useRedis: the server starts in beforeAll; use it inside tests");
      return server;
    },
    ioredis() {
      const client = new Redis(fixture.server.port, "127.0.0.1");
      client.on("error", () => {});
      clients.push({ close: () => client.disconnect() });
      return client;
    },
    async client(name) {
      const opened = await open(name, fixture.server.port);
      clients.push(opened);
      return opened.client;
    },
  };
  return fixture;
}

/** A key no other test uses. */
let keys = 0;
export const freshKey = (label: string) => `test:${label}:${process.pid}:${++keys}:${Date.now()}`;
