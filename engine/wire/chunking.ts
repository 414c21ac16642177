/**
 * Large data messages travel as several chunks, so that no publish exceeds NATS's
 * max_payload (1 MiB by default). Chunks of one transfer are reassembled in order; a
 * transfer that never completes is dropped after a deadline, so memory stays bounded.
 */
import { pb, encodeMessage } from "./protocol.js";

/** Room left in each chunk for the DataChunk envelope itself. */
const ENVELOPE_ROOM = 4096;

/** Splits `data` into encoded DataChunk messages of at most `maxPayload` bytes each. */
export function splitIntoChunks(sender: string, transferId: string, data: Uint8Array, maxPayload: number): Uint8Array[] {
  const size = Math.max(1, maxPayload - ENVELOPE_ROOM);
  const count = Math.max(1, Math.ceil(data.length / size));
  const out: Uint8Array[] = [];
  for (let seq = 0; seq < count; seq++) {
    const slice = data.subarray(seq * size, Math.min(data.length, (seq + 1) * size));
    out.push(encodeMessage(pb.DataChunk, { transferId, seq, count, data: slice, sender }));
  }
  return out;
}

interface Partial {
  parts: (Uint8Array | undefined)[];
  received: number;
  bytes: number;
  startedAt: number;
}

/** Reassembles chunks into whole messages. */
export class ChunkAssembler {
  private readonly partial = new Map<string, Partial>();

  constructor(private readonly staleAfterMs = 120_000) {}

  /** Returns the whole message when `chunk` completes its transfer, else undefined. */
  accept(chunk: { transferId: string; seq: number; count: number; data: Uint8Array; sender: string }, now: number): Uint8Array | undefined {
    if (chunk.count <= 1) return chunk.data;
    const key = `${chunk.sender}/${chunk.transferId}`;
    let p = this.partial.get(key);
    if (!p) {
      this.dropStale(now);
      p = { parts: new Array<Uint8Array | undefined>(chunk.count), received: 0, bytes: 0, startedAt: now };
      this.partial.set(key, p);
    }
    if (chunk.seq >= p.parts.length || p.parts[chunk.seq]) return undefined; // out of range or duplicate
    p.parts[chunk.seq] = chunk.data;
    p.received++;
    p.bytes += chunk.data.length;
    if (p.received < p.parts.length) return undefined;
    this.partial.delete(key);
    const whole = new Uint8Array(p.bytes);
    let offset = 0;
    for (const part of p.parts) {
      whole.set(part!, offset);
      offset += part!.length;
    }
    return whole;
  }

  /** Transfers still incomplete. */
  get pending(): number {
    return this.partial.size;
  }

  private dropStale(now: number): void {
    for (const [key, p] of this.partial) if (now - p.startedAt > this.staleAfterMs) this.partial.delete(key);
  }
}
