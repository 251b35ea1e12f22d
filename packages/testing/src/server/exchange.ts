import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultQueue } from "../faults.js";
import type { RouteMatch } from "../router.js";
import type { Answers } from "./answer.js";
import type { Cors } from "./cors.js";
import { faultDelay, faultOutcome, type FaultOutcome, resetsBeforeBody } from "./faults.js";
import {
  type Answer,
  encodeAnswer,
  type HttpServer,
  readBody,
  resetSocket,
  settleBody,
  writeAnswer,
} from "./http.js";
import { inspect, type InspectContext } from "./inspect.js";
import { newRecord, type RecordedRequest } from "./record.js";

/** Everything one exchange needs from the mock it belongs to. */
export interface ExchangeContext extends InspectContext {
  route: (method: string, pathname: string) => RouteMatch;
  faults: FaultQueue;
  answers: Answers;
  /** Where each request is recorded. */
  requests: RecordedRequest[];
  onRequest: ((request: RecordedRequest) => void) | undefined;
  /** Set when the mock answers browsers from other origins. */
  cors: Cors | undefined;
}

/**
 * The handler of one request: record it, take its fault step, read and judge it, then answer it
 * (the fault's answer, the vendor's refusal, or the reply) and report it to `onRequest`. A CORS
 * preflight is answered first and is none of these: the browser sends it, not the code under test.
 */
export function createExchange(
  context: ExchangeContext,
): (req: IncomingMessage, res: ServerResponse, server: HttpServer) => Promise<void> {
  const { answers, credentials, cors } = context;
  return async (req, res, server) => {
    const preflight = cors?.preflight(req.method ?? "GET", req.headers);
    if (preflight) return writeAnswer(res, preflight);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = context.route((req.method ?? "GET").toUpperCase(), url.pathname);
    const op = match.kind === "operation" ? match.operation : undefined;
    // Whose error dialect a refusal is in: the operation's, or the one nearest to an unknown path.
    const dialectOp = match.kind === "operation" ? match.operation : match.nearest;
    const step = context.faults.take(op?.operationId);
    const record = newRecord(req, url, match, step);
    context.requests.push(record);
    const send = async (given: Answer) => {
      const answer = await settleBody(given);
      record.status = answer.status;
      const wire = encodeAnswer(answer);
      writeAnswer(res, cors ? cors.decorate(wire) : wire);
    };
    try {
      if (step && resetsBeforeBody(step)) {
        await server.sleep(faultDelay(step));
        return resetSocket(req.socket);
      }
      const raw = await readBody(req);
      record.text = raw.toString("utf8");
      const verdict = await inspect(context, match, record, raw, url.searchParams);
      let outcome: FaultOutcome = { kind: "normal" };
      if (step) {
        await server.sleep(faultDelay(step));
        if (server.closing.aborted) return;
        outcome = faultOutcome(step, op, answers, record);
      }
      if (outcome.kind === "hang") return; // close() drops the connection
      if (outcome.kind === "reset") return resetSocket(req.socket);
      if (outcome.kind === "answer") return await send(outcome.answer);
      if (verdict.problem) {
        return await send(answers.forProblem(verdict.problem, dialectOp, verdict.auth));
      }
      const { operation } = verdict;
      const reply = await answers.replyFor(operation, record);
      await server.sleep(reply.delayMs);
      const answer = answers.forReply(operation, reply, record);
      credentials.noteAnswer(operation, answer.body);
      await send(answer);
    } catch (error) {
      // The client went away mid-request, or a reply function threw: answer 500 if still possible.
      if (!res.headersSent && !res.destroyed) {
        await send({
          status: 500,
          body: { message: `[@cxkit/testing] ${(error as Error).message}` },
        });
      }
    } finally {
      context.onRequest?.(record);
    }
  };
}
