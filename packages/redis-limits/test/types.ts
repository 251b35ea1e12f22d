// Type tests: `npm run typecheck` fails if any @ts-expect-error line below compiles cleanly, or if a
// valid use stops compiling.
import type { Limiter } from "@cxkit/core";
import { createDixaClient } from "@cxkit/dixa";
import { createHaptikClient } from "@cxkit/haptik";
import { createRedisRateLimiter, type RedisLimiterEvent } from "@cxkit/redis-limits";
import { Cluster, Redis } from "ioredis";
import { createClient, createCluster } from "redis";

export async function typeTests(): Promise<void> {
  const ioredis = new Redis();
  const nodeRedis = createClient();
  const limiter = createRedisRateLimiter({
    redis: ioredis,
    key: { vendor: "dixa", credential: "api-key" },
    requests: 10,
    perMs: 1000,
    burst: 4,
    perDay: 864_000,
    onEvent: (event: RedisLimiterEvent) => {
      if (event.type === "fallback") console.log(event.share, event.reason);
    },
  });
  // Accepted by every client's rateLimit option, and a core Limiter.
  createDixaClient({ apiKey: "k", rateLimit: limiter });
  createHaptikClient({ token: "t", clientId: "c", baseUrl: "https://x", rateLimit: limiter });
  const asLimiter: Limiter = limiter;
  void asLimiter;
  const left: number = await limiter.remainingToday();
  void left;

  // Every supported client, and a command function.
  createRedisRateLimiter({ redis: nodeRedis, requests: 1, perMs: 1 });
  createRedisRateLimiter({ redis: new Cluster([]), requests: 1, perMs: 1 });
  createRedisRateLimiter({ redis: createCluster({ rootNodes: [] }), requests: 1, perMs: 1 });
  createRedisRateLimiter({ redis: async () => null, requests: 1, perMs: 1 });

  // @ts-expect-error redis is required
  createRedisRateLimiter({ requests: 1, perMs: 1 });
  // @ts-expect-error perMs is required
  createRedisRateLimiter({ redis: ioredis, requests: 1 });
  // @ts-expect-error a key is a string or { vendor, credential }
  createRedisRateLimiter({ redis: ioredis, requests: 1, perMs: 1, key: { credential: "x" } });
  // @ts-expect-error not a Redis client
  createRedisRateLimiter({ redis: { get: () => null }, requests: 1, perMs: 1 });
}
