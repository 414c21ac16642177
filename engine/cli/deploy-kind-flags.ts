/**
 * `weft deploy` takes two kinds of file: a workflow (`workflow()`), run on events by triggers,
 * and a streaming job (`stream()`), which reads its own source and runs until stopped. Each kind
 * has flags the other has no use for; given to the other kind they would be ignored without a
 * word (a `--subject` that never fires, a `--parallelism` never applied), so they are refused.
 * A name, too, is one deployment of one kind: two of one name would be listed twice and be
 * invoked, stopped and undeployed by turns.
 */
import type { Bus } from "../bus/bus.js";
import { DeploymentStore } from "../deploy/deployment-store.js";
import { StreamJobStore } from "../stream/stream-job-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { TriggerFlags } from "./trigger-flags.js";

/** The flags that configure a workflow's triggers, by their option name. */
const TRIGGER_FLAGS: Record<keyof TriggerFlags, string> = {
  subject: "--subject",
  stream: "--stream",
  http: "--http",
  cron: "--cron",
  tz: "--tz",
  catchUp: "--catch-up",
  postgres: "--postgres",
  postgresUrl: "--postgres-url",
  object: "--object",
  match: "--match",
  mqtt: "--mqtt",
  mqttUrl: "--mqtt-url",
  batch: "--batch",
  batchWait: "--batch-wait",
  express: "--express",
};

/** The flags that configure a streaming job's tasks and checkpoints. */
const STREAM_FLAGS: Record<string, string> = {
  parallelism: "--parallelism",
  partitions: "--partitions",
  checkpointInterval: "--checkpoint-interval",
  restartAttempts: "--restart-attempts",
};

function given(flags: object, names: Record<string, string>): string[] {
  const values = flags as Record<string, unknown>;
  return Object.entries(names)
    .filter(([key]) => values[key] !== undefined && values[key] !== false)
    .map(([, flag]) => flag);
}

/**
 * Throws E_USAGE (exit 2) when `flags` hold a flag of the other kind of file than `kind`, the
 * kind `file` turned out to be once imported.
 */
export function refuseFlagsOfOtherKind(file: string, kind: "workflow" | "stream", flags: object): void {
  const listed = (names: string[]) => names.join(", ");
  if (kind === "stream") {
    const wrong = given(flags, TRIGGER_FLAGS);
    if (wrong.length > 0) {
      throw new WeftError(
        ErrorCode.Usage,
        `${file} is a streaming job (stream()): it reads the source declared in the file and has no triggers, so ${listed(wrong)} would do nothing. ` +
          `Deploy it without ${wrong.length > 1 ? "them" : "it"}; its flags are --parallelism, --partitions, --checkpoint-interval and --restart-attempts.`,
      );
    }
    return;
  }
  const wrong = given(flags, STREAM_FLAGS);
  if (wrong.length > 0) {
    throw new WeftError(
      ErrorCode.Usage,
      `${file} is a workflow (workflow()), not a streaming job: ${listed(wrong)} ${wrong.length > 1 ? "are" : "is"} for a file that default-exports stream(...). ` +
        `Deploy it without ${wrong.length > 1 ? "them" : "it"}; a workflow's triggers are flags such as --subject, --http or --cron.`,
    );
  }
}

/**
 * Throws E_USAGE (exit 2) when `name` is already deployed as the other kind than `kind` (a
 * redeploy of the same kind replaces it, as always).
 */
export async function refuseNameOfOtherKind(bus: Bus, kind: "workflow" | "stream", name: string): Promise<void> {
  const taken =
    kind === "workflow"
      ? (await (await StreamJobStore.open(bus)).job(name)) && "a streaming job"
      : (await (await DeploymentStore.open(bus)).get(name)) && "a workflow's deployment";
  if (taken) {
    throw new WeftError(
      ErrorCode.Usage,
      `"${name}" is already ${taken}: deploy under another --name, or remove it first (\`weft undeploy ${name}\`).`,
    );
  }
}
