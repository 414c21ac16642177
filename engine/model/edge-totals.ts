/**
 * What crossed one edge of a run (from -> to): records, and the NATS messages and bytes and the
 * in-memory hand-overs that carried them. Workers report deltas; the coordinator sums them.
 */
export interface EdgeTotals {
  from: string;
  to: string;
  records: number;
  natsMsgs: number;
  natsBytes: number;
  localRecords: number;
  localBytes: number;
}
