/**
 * A window slot's checkpointed state in the checkpoint bucket. A state larger than one NATS
 * message (max_payload, 1 MiB by default: 10,000 keys with an open window each is about 1.7 MB)
 * is stored in parts under `REF.part.I` with a small index at `REF`; a restore reads the parts
 * back in order. Without this, such a checkpoint failed every time, so the job never completed
 * one and could never let its source forget anything.
 */
import type { Bus } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import { STREAM_CHECKPOINTS_BUCKET } from "./stream-subjects.js";

/** What `REF` holds when the state is in parts. */
interface PartIndex {
  readonly parts: number;
  readonly bytes: number;
}

/** Room left in a message for the KV subject and headers. */
const HEADROOM = 16 * 1024;

const enc = new TextEncoder();
const dec = new TextDecoder();

const partKey = (ref: string, i: number) => `${ref}.part.${i}`;

/** Stores a state given as its JSON text. */
export async function putCheckpointState(bus: Bus, ref: string, stateJson: string): Promise<void> {
  const bytes = enc.encode(stateJson);
  const kv = await bus.kv(STREAM_CHECKPOINTS_BUCKET);
  const room = Math.max(1024, bus.maxPayload - HEADROOM);
  if (bytes.length <= room) {
    await kv.put(ref, bytes);
    return;
  }
  const parts = Math.ceil(bytes.length / room);
  // Parts first, the index last: a reader that finds the index finds every part.
  for (let i = 0; i < parts; i++) await kv.put(partKey(ref, i), bytes.subarray(i * room, Math.min(bytes.length, (i + 1) * room)));
  await kv.put(ref, enc.encode(JSON.stringify({ parts, bytes: bytes.length } satisfies PartIndex)));
}

function isPartIndex(v: unknown): v is PartIndex {
  return typeof v === "object" && v !== null && typeof (v as PartIndex).parts === "number" && typeof (v as PartIndex).bytes === "number";
}

/** The state stored under `ref` (`what` names it in the error when it or a part is missing). */
export async function getCheckpointState<T>(bus: Bus, ref: string, what: string): Promise<T> {
  const kv = await bus.kv(STREAM_CHECKPOINTS_BUCKET);
  const missing = (key: string) => new WeftError(ErrorCode.NotFound, `${what}: ${key} is missing from ${STREAM_CHECKPOINTS_BUCKET}`);
  const e = await kv.get(ref);
  if (!e) throw missing(ref);
  const head = JSON.parse(dec.decode(e.value)) as unknown;
  if (!isPartIndex(head)) return head as T;
  const whole = new Uint8Array(head.bytes);
  let at = 0;
  for (let i = 0; i < head.parts; i++) {
    const p = await kv.get(partKey(ref, i));
    if (!p) throw missing(partKey(ref, i));
    whole.set(p.value, at);
    at += p.value.length;
  }
  return JSON.parse(dec.decode(whole)) as T;
}
