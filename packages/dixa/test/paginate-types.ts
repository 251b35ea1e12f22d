// Type tests of paginate(): only paginated paths, a typed init, the item type of the listing used.
import { createDixaClient, paginate, type components } from "@cxkit/dixa";

const dixa = createDixaClient({ apiKey: "k" });

export async function typeTests(): Promise<void> {
  // GET listing: items are the catalogue's record descriptions.
  type Catalogue = NonNullable<components["schemas"]["MetricRecordMetadataPage"]["data"]>[number];
  type Row = NonNullable<components["schemas"]["MetricRecordPage"]["data"]>[number];
  for await (const entry of paginate(dixa, "/v1/analytics/records")) {
    const e: Catalogue = entry;
    // @ts-expect-error a catalogue entry is not a record row
    const r: Row = entry;
    void e;
    void r;
  }
  // POST listing (a body picks it): items are record rows, not catalogue entries.
  const rows = paginate(dixa, "/v1/analytics/records", {
    body: {
      id: "ratings",
      periodFilter: { value: { _type: "PreviousWeek" }, _type: "Preset" },
      timezone: "Europe/Copenhagen",
    },
  });
  for await (const row of rows) {
    const r: Row = row;
    void r;
  }

  // @ts-expect-error a path that is not paginated does not compile
  paginate(dixa, "/v1/queues");
  // @ts-expect-error a misspelt init key does not compile
  paginate(dixa, "/v1/agents", { params: { qeury: { email: "a@b.c" } } });
  // @ts-expect-error neither does one at the top level of init
  paginate(dixa, "/v1/agents", { parms: {} });
}
