/**
 * The client API (`import { connect, startLocal } from "weft-engine/client"`): run a workflow
 * and await its typed result, submit and watch runs, deploy and invoke, from Node code. The
 * CLI's run, submit, status, cancel and invoke commands are built on it.
 *
 *   const weft = await connect();                         // same URL and credential rules as the CLI
 *   const total = await weft.run(hello, { n: 4 });        // typed by hello's end node
 *   const run = await weft.submit(hello, { n: 4 });
 *   for await (const e of run.events()) if (e.type === "task") console.log(e.node, e.to);
 *   await weft.close();
 */
import type { TriggerSpec } from "../../model/trigger.js";
import type { WorkflowGraph } from "../../model/graph.js";
import type { InputOf, ResultOf, Workflow } from "../../model/workflow.js";
import type { Bus } from "../bus/bus.js";
import type { RunRecord } from "../coordinator/run-store.js";
import type { Deployment } from "../deploy/deployment-store.js";
import { deployWorkflow } from "../deploy/deploy-workflow.js";
import { ErrorCode, WeftError } from "../errors.js";
import { assertInputDepth } from "../model/json-depth.js";
import { newRunId } from "../model/run-id.js";
import { connectClient, type NatsFlags } from "./connect.js";
import { deploymentNamed, invokeVersion } from "./invoke.js";
import { startLocalStack } from "./local-stack.js";
import { ExpressStates, followExpress } from "./express-follow.js";
import type { PreparedWorkflow } from "./prepare-workflow.js";
import { cancelRun, submitFollowed, submitRun, type FollowHandle, type LogEntry } from "./run-client.js";
import { ClientRunHandle, followForClient, recordOf, statusOf, type Followers, type RunHandle, type RunStatus } from "./run-handle.js";
import { RunEnds } from "./run-ends.js";
import { prepareSource, type WorkflowSource } from "./workflow-source.js";

export type { RunHandle, RunLogEntry, RunOutcome, RunStatus, RunErrorInfo } from "./run-handle.js";
export type { WorkflowSource } from "./workflow-source.js";
export type { PreparedWorkflow } from "./prepare-workflow.js";
export type { InputOf, ResultOf, Workflow } from "../../model/workflow.js";
export { WeftError, ErrorCode } from "../errors.js";

/**
 * Where and how to connect: the CLI's rules. `url`, else WEFT_NATS_URL, else
 * nats://127.0.0.1:4222 (`user:pass@` or `token@` allowed in it); each credential or TLS
 * setting, else its WEFT_NATS_* variable. Give one way to authenticate.
 */
export interface ConnectOptions {
  url?: string;
  user?: string;
  password?: string;
  token?: string;
  /** Files, as the CLI's flags name them. */
  nkeySeed?: string;
  creds?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** JetStream replicas of the streams and buckets this client creates (else WEFT_NATS_REPLICAS, else 1). */
  replicas?: number;
  /** The connection's name, as the server shows it (default "weft-client"). */
  name?: string;
}

export interface SubmitOptions {
  /** The run fails with E_TIMEOUT if it has not ended this long after submission (default: no limit). */
  timeoutMs?: number;
  /** The run's id (default: a new one). Knowing it before the submission returns lets a caller cancel early. */
  runId?: string;
  /** Who submitted, as the run's record shows it (default: pid-PID). */
  submitter?: string;
  /** Every entry of the run's log, as it arrives on the wire (the CLI prints them). */
  tap?: (entry: LogEntry) => void;
  /**
   * "express": no KV record before it starts, its end over core NATS at once, at-least-once,
   * not resumed after its coordinator's loss (the handle then rejects with E_EXPRESS_LOST; see
   * docs/express.md). Default "durable".
   */
  durability?: "durable" | "express";
}

export interface DeployOptions {
  /** The deployment's name (default: the workflow's own). */
  name?: string;
  /** Triggers besides those the workflow declares with `wf.trigger`. */
  triggers?: TriggerSpec[];
}

/** The canonical JSON of a run input: a plain object, as `--input` must be. */
function inputJsonOf(input: unknown): string {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new WeftError(ErrorCode.InvalidInput, `a run's input must be an object such as { n: 3 } (ctx.input), got ${Array.isArray(input) ? "an array" : input === null ? "null" : typeof input}.`);
  }
  const text = JSON.stringify(input);
  assertInputDepth(text, "the input");
  return text;
}

/** A connection to a weft (a coordinator and workers on a NATS server). */
export class WeftClient {
  private readonly followers: Followers = new Set();
  private readonly prepared = new WeakMap<Workflow, Promise<PreparedWorkflow>>();
  /** One follower of this client's runs' states, for the runs whose log nobody reads (run-ends.ts): made at the first. */
  private ends: Promise<RunEnds | undefined> | undefined;
  /** The same for express runs: one core subscription of the client's runs' states, made at the first. */
  private readonly expressStates: ExpressStates;
  private closed = false;

  /** Wraps a bus you connected yourself (`weft-engine/engine`); `close()` closes it. */
  constructor(readonly bus: Bus) {
    this.expressStates = new ExpressStates(bus);
  }

  /** Bundles and checks a workflow once (what `submit` and `deploy` do first): errors in the file show here. */
  prepare(workflow: WorkflowSource): Promise<PreparedWorkflow> {
    return prepareSource(workflow, this.prepared);
  }

  /** Runs `workflow` on `input` and resolves with its result; rejects with the run's error when it fails. */
  async run<W extends Workflow<any, any>>(workflow: W, input: InputOf<W>, opts?: SubmitOptions): Promise<ResultOf<W>>;
  /** A file (path or file: URL): type the result with the workflow's type, `run<typeof import("./wf.ts").default>(...)`. */
  async run<W extends Workflow<any, any> = Workflow<any, unknown>>(workflow: WorkflowSource<W>, input: InputOf<W>, opts?: SubmitOptions): Promise<ResultOf<W>>;
  async run(workflow: WorkflowSource, input: unknown, opts: SubmitOptions = {}): Promise<unknown> {
    return (await this.submit(workflow, input, opts)).result();
  }

  /** Submits a run of `workflow`; resolves once the coordinator took it, with its handle. */
  async submit<W extends Workflow<any, any>>(workflow: W, input: InputOf<W>, opts?: SubmitOptions): Promise<RunHandle<ResultOf<W>>>;
  async submit<W extends Workflow<any, any> = Workflow<any, unknown>>(
    workflow: WorkflowSource<W>,
    input: InputOf<W>,
    opts?: SubmitOptions,
  ): Promise<RunHandle<ResultOf<W>>>;
  async submit(workflow: WorkflowSource, input: unknown, opts: SubmitOptions = {}): Promise<RunHandle<unknown>> {
    const inputJson = inputJsonOf(input);
    const prepared = await this.prepare(workflow);
    return this.start(opts, prepared.graph, (runId) => submitRun(this.bus, prepared, inputJson, runId, this.runOptions(opts)));
  }

  /** Deploys `workflow` (its bundle and graph, stored in NATS, with its triggers); resolves with the deployment. */
  async deploy(workflow: WorkflowSource, opts: DeployOptions = {}): Promise<Deployment> {
    const prepared = await this.prepare(workflow);
    this.assertOpen();
    return deployWorkflow(this.bus, prepared, opts);
  }

  /** The deployment named `name`; E_NOT_FOUND when there is none. */
  deployment(name: string): Promise<Deployment> {
    this.assertOpen();
    return deploymentNamed(this.bus, name);
  }

  /**
   * Runs the current version of deployment `name` (or of a deployment already read): resolves
   * once the coordinator took the run. `W`, the deployed workflow's type, types input and result.
   */
  async invoke<W extends Workflow<any, any> = Workflow<any, unknown>>(
    deployment: string | Deployment,
    input: InputOf<W>,
    opts: SubmitOptions = {},
  ): Promise<RunHandle<ResultOf<W>>> {
    const inputJson = inputJsonOf(input);
    const d = typeof deployment === "string" ? await this.deployment(deployment) : deployment;
    const run = await this.start(opts, d.graph, (runId) => invokeVersion(this.bus, d, inputJson, { runId, ...this.runOptions(opts) }));
    return run as RunHandle<ResultOf<W>>;
  }

  /** A handle on an existing run (its result, events, status, cancel). */
  handle<R = unknown>(runId: string): RunHandle<R> {
    this.assertOpen();
    return new ClientRunHandle<R>(this.bus, this.followers, runId);
  }

  /** The status of run `runId`; E_NOT_FOUND when there is none. */
  async status<R = unknown>(runId: string): Promise<RunStatus<R>> {
    return statusOf<R>(await this.record(runId));
  }

  /** The run's stored record (the wire shape `weft status` prints); E_NOT_FOUND when there is none. */
  record(runId: string): Promise<RunRecord> {
    this.assertOpen();
    return recordOf(this.bus, runId);
  }

  /** Cancels run `runId` (E_NOT_FOUND when there is none). */
  async cancel(runId: string, reason = "cancelled by its client"): Promise<void> {
    await this.record(runId);
    await cancelRun(this.bus, runId, reason);
  }

  /** Stops following runs (their pending `result()` rejects with E_CLOSED) and closes the connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const f of this.followers) f.stop();
    void this.ends?.then((e) => e?.stop());
    this.expressStates.stop();
    await this.bus.close().catch(() => {});
  }

  private runOptions(opts: SubmitOptions) {
    return {
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
      ...(opts.submitter !== undefined ? { submitter: opts.submitter } : {}),
      ...(opts.durability !== undefined ? { express: opts.durability === "express" } : {}),
    };
  }

  /**
   * Follows the run from before it is sent, so that if the coordinator took it but never
   * answered (it died in between; its successor resumes the run), the run's log proves it
   * exists and the handle goes on. The follower is the handle's: its end is the outcome.
   */
  private async start(opts: SubmitOptions, graph: WorkflowGraph, send: (runId: string) => Promise<string>): Promise<RunHandle<unknown>> {
    this.assertOpen();
    const runId = opts.runId ?? newRunId();
    const tap = opts.tap;
    if ((opts.durability ?? graph.durability ?? "durable") === "express") return this.startExpress(runId, tap, send);
    const follower = (!tap && (await this.endWait(runId))) || (await followForClient(this.bus, this.followers, runId, tap ? (e) => tap(e) : () => {}));
    try {
      await submitFollowed(this.bus, follower, () => send(runId));
    } catch (err) {
      follower.stop();
      throw err;
    }
    return new ClientRunHandle(this.bus, this.followers, runId, follower);
  }

  /**
   * A wait for the end of the new run `runId` from this client's one follower of its runs'
   * states, registered with the followers; undefined where there is none: an in-process bus,
   * or a follower that could not be made (no run log stream yet, no right to it), which is not
   * tried again (each try could wait out a JetStream timeout): every run then has its own.
   */
  private async endWait(runId: string): Promise<FollowHandle | undefined> {
    if (this.bus.kind !== "nats") return undefined;
    this.ends ??= (async () => {
      const ends = new RunEnds(this.bus);
      await ends.follow();
      return ends;
    })().catch(() => undefined);
    const wait = (await this.ends)?.wait(runId);
    if (!wait) return undefined;
    this.followers.add(wait);
    void wait.ended.then(() => this.followers.delete(wait));
    return wait;
  }

  /** An express run: read live from before it is sent; its coordinator's loss ends it (E_EXPRESS_LOST). */
  private async startExpress(
    runId: string,
    tap: ((entry: LogEntry) => void) | undefined,
    send: (runId: string) => Promise<string>,
  ): Promise<RunHandle<unknown>> {
    const follower = tap ? followExpress(this.bus, runId, tap) : followExpress(this.bus, runId, () => {}, this.expressStates);
    this.followers.add(follower);
    void follower.ended.then(() => this.followers.delete(follower));
    try {
      await send(runId);
    } catch (err) {
      follower.stop();
      throw err;
    }
    follower.submitted();
    return new ClientRunHandle(this.bus, this.followers, runId, follower);
  }

  private assertOpen(): void {
    if (this.closed) throw new WeftError(ErrorCode.Closed, "this weft client is closed: connect again.");
  }
}

/** Connects to a running weft (`weft dev`, or a coordinator and workers). */
export async function connect(options: ConnectOptions = {}): Promise<WeftClient> {
  const { url, name, replicas, ...auth } = options;
  const flags: NatsFlags = { ...auth, ...(url !== undefined ? { nats: url } : {}), ...(replicas !== undefined ? { replicas: String(replicas) } : {}) };
  return new WeftClient(await connectClient(flags, name !== undefined ? { name } : {}));
}

export interface LocalOptions {
  /** Worker processes (default 2). */
  workers?: number;
  /** Concurrent tasks per worker (default: the CPU count). */
  slots?: number;
  /** NATS port (default: a free one). */
  port?: number;
  /** Where one-line notices go (default: stderr). */
  say?: (line: string) => void;
}

/** A private weft on this machine, and a client of it. */
export class LocalWeft extends WeftClient {
  constructor(
    bus: Bus,
    /** The private NATS server's URL (undefined on the in-process fallback). */
    readonly url: string | undefined,
    /** Rejects if the stack breaks for good (its nats-server or every worker gone). */
    readonly failed: Promise<never>,
    private readonly stopStack: () => Promise<void>,
  ) {
    super(bus);
  }

  /** Closes the client, and stops the workers, the coordinator and the private nats-server. */
  override async close(): Promise<void> {
    await super.close();
    await this.stopStack();
  }
}

/**
 * Starts the embedded stack `weft run` uses: a private nats-server (from PATH; an in-process bus
 * without one), a coordinator in this process and worker processes. `close()` leaves nothing running.
 */
export async function startLocal(options: LocalOptions = {}): Promise<LocalWeft> {
  const stack = await startLocalStack({
    workers: options.workers ?? 2,
    say: options.say ?? ((line) => process.stderr.write(line + "\n")),
    ...(options.slots !== undefined ? { slots: options.slots } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return new LocalWeft(stack.bus, stack.url, stack.failed, () => stack.stop());
}
