// The Export API (gRPC-Gateway) sends int64 values as JSON strings; the Import API answers them as JSON
// numbers. The types say so, and the client hands both over exactly as received (no number conversion
// that would lose digits beyond 2^53).
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createKlausClient, type KlausCsatExportRow, type KlausImportedTicket } from "@cxkit/klaus";
import { responseExample } from "./spec-examples.js";

const server = useTestServer();
const client = () => createKlausClient({ token: "t", baseUrl: server.url });

describe("int64 values", () => {
  it("Export answers keep int64 strings as strings, digits beyond 2^53 included", async () => {
    server.handle(() => ({
      body: {
        tickets: [{ externalTicketId: "1", csatScore: "4", commentSize: "57" }],
        pagination: { page: 1, pageSize: 1, total: 1 },
      },
    }));
    const { tickets } = await client().listAccountCsat({
      query: { fromDate: "2024-05-01T00:00:00Z" },
    });
    const row = tickets![0]!;
    expectTypeOf(row).toEqualTypeOf<KlausCsatExportRow>();
    expectTypeOf(row.csatScore).toEqualTypeOf<string | undefined>();
    expect(row.csatScore).toBe("4");

    server.handle(() => ({ body: { workspaces: [{ id: "9007199254740993", name: "Big" }] } }));
    const { workspaces } = await client().listWorkspaces();
    expectTypeOf(workspaces![0]!.id).toEqualTypeOf<string | undefined>();
    expect(workspaces![0]!.id).toBe("9007199254740993");
    expect(BigInt(workspaces![0]!.id!)).toBe(9007199254740993n);
  });

  it("the spec's examples carry int64 as strings in Export answers", () => {
    const example = responseExample("listWorkspaceReviews", "200") as {
      conversations: { workspaceId: unknown; reviews: { id: unknown; reviewTime: unknown }[] }[];
    };
    const [conversation] = example.conversations;
    expect(typeof conversation!.workspaceId).toBe("string");
    expect(typeof conversation!.reviews[0]!.id).toBe("string");
    expect(typeof conversation!.reviews[0]!.reviewTime).toBe("string");
  });

  it("Import answers carry int64 as numbers", async () => {
    server.handle(() => ({ body: responseExample("getImportedTicket", "200") }));
    const ticket = await client().getImportedTicket({ path: { ticketExternalId: "48213" } });
    expectTypeOf(ticket).toEqualTypeOf<KlausImportedTicket>();
    expectTypeOf(ticket.internalId).toEqualTypeOf<number | undefined>();
    expect(ticket.internalId).toBe(918273645012);
    expect(ticket.comments?.map((c) => c.public)).toEqual([true, false]);
  });
});
