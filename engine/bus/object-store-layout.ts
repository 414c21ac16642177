/**
 * How a NATS object store lays out a bucket B in JetStream (the @nats-io/obj client's layout,
 * which MemoryBus copies so the object trigger reads both the same way): the stream `OBJ_B`;
 * each object's chunks on `$O.B.C.<nuid>`; its metadata, a JSON ObjectMeta, on
 * `$O.B.M.<name in padded base64url>`, published last (after every chunk) and rolled up per
 * subject, so the newest meta of a name is the object's current state. A delete publishes a
 * meta with `deleted: true`. Pure functions, no I/O.
 */
import { DiscardPolicy } from "@nats-io/jetstream";

/** The metadata of one object as the store publishes it (the fields weft reads). */
export interface ObjectMeta {
  readonly name: string;
  readonly bucket: string;
  readonly nuid: string;
  readonly size: number;
  readonly chunks: number;
  /** `SHA-256=<padded base64url>`; empty for a deleted object. */
  readonly digest: string;
  /** ISO 8601. */
  readonly mtime: string;
  readonly deleted?: boolean;
  /** A link to another object (it has no bytes of its own). */
  readonly options?: { readonly link?: unknown };
}

/** The stream holding bucket `bucket`. */
export function objectStreamName(bucket: string): string {
  return `OBJ_${bucket}`;
}

/** The subject of an object's chunks. */
export function objectChunkSubject(bucket: string, nuid: string): string {
  return `$O.${bucket}.C.${nuid}`;
}

/** The subject of the metadata of object `name` (padded base64url of its UTF-8 bytes, as the client writes it for ASCII names). */
export function objectMetaSubject(bucket: string, name: string): string {
  return `$O.${bucket}.M.${Buffer.from(name, "utf8").toString("base64").replace(/\+/g, "-").replace(/\//g, "_")}`;
}

/** Every object's metadata subject in `bucket` (a wildcard). */
export function objectMetaSubjects(bucket: string): string {
  return `$O.${bucket}.M.>`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A metadata message's content, or undefined when it is not one (not JSON, or fields missing). */
export function parseObjectMeta(data: Uint8Array): ObjectMeta | undefined {
  let v: unknown;
  try {
    v = JSON.parse(utf8.decode(data));
  } catch {
    return undefined;
  }
  if (typeof v !== "object" || v === null) return undefined;
  const m = v as Record<string, unknown>;
  if (typeof m.name !== "string" || typeof m.bucket !== "string") return undefined;
  return {
    name: m.name,
    bucket: m.bucket,
    nuid: typeof m.nuid === "string" ? m.nuid : "",
    size: typeof m.size === "number" ? m.size : 0,
    chunks: typeof m.chunks === "number" ? m.chunks : 0,
    digest: typeof m.digest === "string" ? m.digest : "",
    mtime: typeof m.mtime === "string" ? m.mtime : "",
    ...(m.deleted === true ? { deleted: true } : {}),
    ...(typeof m.options === "object" && m.options !== null ? { options: m.options as { link?: unknown } } : {}),
  };
}

/** Chunks of objects weft writes itself (the object store client's default size). */
export const OBJECT_CHUNK_BYTES = 128 * 1024;

/**
 * The stream of a bucket whose objects are written once: no rollups (a later metadata cannot
 * replace the first), no purges, no deletes; direct gets for readers. The rest as the object
 * store client makes it.
 */
export function writeOnceStreamConfig(bucket: string, replicas: number) {
  return {
    name: objectStreamName(bucket),
    subjects: [`$O.${bucket}.C.>`, `$O.${bucket}.M.>`],
    num_replicas: replicas,
    discard: DiscardPolicy.New,
    allow_direct: true,
    allow_rollup_hdrs: false,
    deny_delete: true,
    deny_purge: true,
  };
}

/** The digest the object store writes in the meta for content whose SHA-256 is `sha256`: `SHA-256=` + padded base64url. */
export function objectDigestOf(sha256: Uint8Array): string {
  return `SHA-256=${Buffer.from(sha256).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")}`;
}
