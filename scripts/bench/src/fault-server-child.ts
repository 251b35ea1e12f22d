// The soak benchmark's server, in its own process: Dixa's addInternalNote and addMessage, with faults
// injected at fixed rates (seeded), recording every write it applied by its id. Prints its port; on
// `GET /report` answers what it applied (and how often).
import { createServer } from "node:http";

const [faultRate503, faultRateResetBefore, faultRateResetAfter, faultRate429] = process.argv
  .slice(2, 6)
  .map(Number) as [number, number, number, number];
let seed = Number(process.argv[6] ?? 1);
const random = () => {
  // mulberry32: the same faults for the same seed.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const applied = new Map<string, number>();
const externalIds = new Set<string>();

const server = createServer((req, res) => {
  if (req.url === "/report") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(Object.fromEntries(applied)));
    return;
  }
  const roll = random();
  let edge = faultRateResetBefore;
  if (roll < edge) return void req.socket.destroy();
  edge += faultRate503;
  const fail503 = roll < edge;
  edge += faultRate429;
  const fail429 = !fail503 && roll < edge;
  edge += faultRateResetAfter;
  const resetAfter = !fail503 && !fail429 && roll < edge;
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (fail503) return reply(503, { message: "Service Unavailable" });
    if (fail429) return reply(429, { message: "Too Many Requests" }, { "retry-after": "0" });
    const body = JSON.parse(Buffer.concat(chunks).toString()) as {
      message?: string;
      externalId?: string;
    };
    const id = body.externalId ?? body.message ?? "?";
    if (body.externalId !== undefined && externalIds.has(body.externalId)) {
      return reply(400, { message: "Invalid value for: body, Duplicate externalId" });
    }
    if (body.externalId !== undefined) externalIds.add(body.externalId);
    applied.set(id, (applied.get(id) ?? 0) + 1);
    if (resetAfter) return void req.socket.destroy();
    reply(201, { data: { id } });
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
