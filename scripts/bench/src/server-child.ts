// The benchmark's HTTP server, run in its own process so that its work never counts as the client's
// CPU or competes with it on the client's event loop. Prints its port, then serves until killed.
import { createServer } from "node:http";

const body = JSON.stringify({
  data: {
    id: 42,
    _type: "EmailConversation",
    status: "Open",
    requesterId: "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
  },
});
const length = String(Buffer.byteLength(body));

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
