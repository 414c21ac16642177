/**
 * The triggers `weft deploy`'s flags declare (besides those in the workflow file): one per kind
 * given, each with the batching of `--batch N --batch-wait DURATION` when given.
 */
import type { TriggerBatch, TriggerSpec } from "../../model/trigger.js";
import { ErrorCode, WeftError } from "../errors.js";
import { httpRouteProblem } from "../triggers/http-trigger.js";
import { catchUpOf } from "../triggers/cron-schedule.js";
import { durationFlag, positiveInt } from "./options.js";

export interface TriggerFlags {
  subject?: string;
  stream?: string;
  /** `--http "POST /path"`. */
  http?: string;
  cron?: string;
  tz?: string;
  catchUp?: string;
  postgres?: string;
  postgresUrl?: string;
  /** `--object BUCKET [--match GLOB]`. */
  object?: string;
  match?: string;
  mqtt?: string;
  mqttUrl?: string;
  batch?: string;
  batchWait?: string;
  /** `--express`: the triggers' runs are express runs (docs/express.md). */
  express?: boolean;
}

/** How long a batch waits for more events when --batch is given without --batch-wait. */
const DEFAULT_BATCH_WAIT_MS = 1000;
/** The most events one batch run may take. */
const MAX_BATCH = 100_000;

export function triggersOf(flags: TriggerFlags): TriggerSpec[] {
  const triggers: TriggerSpec[] = [];
  if (flags.stream !== undefined && flags.subject === undefined) {
    throw new WeftError(ErrorCode.Usage, "--stream needs --subject: the subject (wildcards allowed) whose messages in that stream start runs.");
  }
  if (flags.subject !== undefined) triggers.push({ kind: "nats", subject: flags.subject, ...(flags.stream !== undefined ? { stream: flags.stream } : {}) });
  if (flags.http !== undefined) triggers.push(httpFlag(flags.http));
  const cron = cronOf(flags);
  if (cron) triggers.push(cron);
  const pg = postgresOf(flags);
  if (pg) triggers.push(pg);
  if (flags.match !== undefined && flags.object === undefined) {
    throw new WeftError(ErrorCode.Usage, "--match needs --object BUCKET: the object store bucket whose puts (of names matching the glob) start runs.");
  }
  if (flags.object !== undefined) triggers.push({ kind: "object", bucket: flags.object, ...(flags.match !== undefined ? { match: flags.match } : {}) });
  if (flags.mqtt !== undefined && flags.mqttUrl === undefined) {
    throw new WeftError(ErrorCode.Usage, "--mqtt needs --mqtt-url: the broker to subscribe at, e.g. --mqtt-url mqtt://127.0.0.1:1883.");
  }
  if (flags.mqttUrl !== undefined && flags.mqtt === undefined) {
    throw new WeftError(ErrorCode.Usage, "--mqtt-url needs --mqtt: the topic filter (+ and # allowed) whose messages start runs, e.g. --mqtt 'sensors/+/temp'.");
  }
  if (flags.mqtt !== undefined && flags.mqttUrl !== undefined) triggers.push({ kind: "mqtt", topic: flags.mqtt, url: flags.mqttUrl });
  if (flags.express && triggers.length === 0) throw new WeftError(ErrorCode.Usage, "--express makes the runs of a trigger given by a flag (--subject, --http, ...) express: give one.");
  const express = flags.express ? { express: true } : {};
  const batch = batchOf(flags);
  if (!batch) return triggers.map((t) => ({ ...t, ...express }));
  if (triggers.length === 0) throw new WeftError(ErrorCode.Usage, "--batch and --batch-wait batch the events of a trigger given by a flag (--subject, --cron, ...): give one.");
  return triggers.map((t) => ({ ...t, batch, ...express }));
}

/** `--cron EXPR [--tz ZONE] [--catch-up skip|once]`; the expression and zone are checked at deploy (cron-trigger.ts). */
function cronOf(flags: TriggerFlags): TriggerSpec | undefined {
  if (flags.cron === undefined) {
    if (flags.tz !== undefined || flags.catchUp !== undefined) {
      throw new WeftError(ErrorCode.Usage, '--tz and --catch-up go with --cron "EXPR": the schedule they apply to (e.g. --cron "0 3 * * *" --tz Europe/Paris).');
    }
    return undefined;
  }
  // skip is the default: left out, so that saying it does not make another trigger (its key hashes the spec).
  const catchUp = catchUpOf(flags.catchUp);
  return { kind: "cron", cron: flags.cron, ...(flags.tz !== undefined ? { tz: flags.tz } : {}), ...(catchUp === "once" ? { catchUp } : {}) };
}

/** `--postgres TABLE --postgres-url URL`: both or neither (the URL is checked at deploy, with the table). */
function postgresOf(flags: TriggerFlags): TriggerSpec | undefined {
  if (flags.postgres === undefined && flags.postgresUrl === undefined) return undefined;
  if (flags.postgres === undefined || flags.postgres.trim() === "") {
    throw new WeftError(ErrorCode.Usage, "--postgres-url needs --postgres TABLE: the table whose inserted and updated rows start runs.");
  }
  if (flags.postgresUrl === undefined) {
    throw new WeftError(ErrorCode.Usage, "--postgres needs --postgres-url URL: the database holding the table (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE).");
  }
  return { kind: "postgres", table: flags.postgres, url: flags.postgresUrl };
}

function batchOf(flags: TriggerFlags): TriggerBatch | undefined {
  if (flags.batch === undefined && flags.batchWait === undefined) return undefined;
  if (flags.batch === undefined) throw new WeftError(ErrorCode.Usage, "--batch-wait needs --batch N: the most events one run takes.");
  return { max: positiveInt("--batch", flags.batch, 1, MAX_BATCH), waitMs: durationFlag("--batch-wait", flags.batchWait) ?? DEFAULT_BATCH_WAIT_MS };
}

/** `--http "METHOD /path"`: the method in any case (POST, post), one space, the path. */
function httpFlag(raw: string): TriggerSpec {
  const m = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(raw);
  const problem = m ? httpRouteProblem(m[1]!.toUpperCase(), m[2]!) : `expected "METHOD /path" such as "POST /quote"`;
  if (!m || problem) throw new WeftError(ErrorCode.Usage, `--http ${JSON.stringify(raw)}: ${problem}.`);
  return { kind: "http", method: m[1]!.toUpperCase(), path: m[2]! };
}
