import { Redis } from "ioredis";
import { afterAll, beforeAll, inject } from "vitest";
import { startRedisServer, type RedisServer } from "./redis-server.js";

/** One redis-server for a test file, and the ioredis clients its tests open (all closed after). */
export interface RedisFixture {
  readonly server: RedisServer;
  /** A new ioredis client to the file's server; closed after the file. */
  ioredis(): Redis;
}

export function useRedis(): RedisFixture {
  let server: RedisServer | undefined;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedisServer(inject("redisServer"));
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("useRedis: the server starts in beforeAll; use it inside tests");
      return server;
    },
    ioredis() {
      const client = new Redis(this.server.port, "127.0.0.1", { lazyConnect: false });
      clients.push(client);
      return client;
    },
  };
}

/** A key no other test uses. */
let keys = 0;
export const freshKey = (label: string) => `test:${label}:${process.pid}:${++keys}:${Date.now()}`;
