/** Every trigger kind weft runs, by kind: one file per kind beside this one. */
import type { TriggerKind, TriggerSpecOf } from "../../model/trigger.js";
import { ErrorCode, WeftError } from "../errors.js";
import { httpTrigger } from "./http-trigger.js";
import { cronTrigger } from "./cron-trigger.js";
import { mqttTrigger } from "./mqtt-trigger.js";
import { natsTrigger } from "./nats-trigger.js";
import { objectTrigger } from "./object-trigger.js";
import { postgresTrigger } from "./postgres-trigger.js";
import type { TriggerKindRunner } from "./trigger-kind.js";

export type TriggerKinds = { readonly [K in TriggerKind]?: TriggerKindRunner<TriggerSpecOf<K>> };

export const triggerKinds: TriggerKinds = {
  nats: natsTrigger,
  http: httpTrigger,
  cron: cronTrigger,
  postgres: postgresTrigger,
  object: objectTrigger,
  mqtt: mqttTrigger,
};

/** The runner of a kind; E_USAGE for a kind this build does not run. */
export function runnerOf<K extends TriggerKind>(kind: K): TriggerKindRunner<TriggerSpecOf<K>> {
  const runner = triggerKinds[kind] as TriggerKindRunner<TriggerSpecOf<K>> | undefined;
  if (!runner) throw new WeftError(ErrorCode.Usage, `triggers of kind "${kind}" are not supported by this weft`);
  return runner;
}
