/**
 * The `weft` command line. Exit codes: 0 the run succeeded; 1 it failed or was cancelled;
 * 2 a usage error or an invalid workflow; 3 NATS unreachable or another infrastructure failure.
 * Commands are imported when chosen, so a worker starts without loading esbuild or the planner.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ExitCode, exitCodeFor } from "../errors.js";
import { flushed, printAnswer, reserveStdout } from "./stdout.js";
import { PACKAGE_VERSION } from "../package-info.js";

/** --input, once: a second one would silently replace the first. */
const inputOption = () =>
  new Option("--input <json>", "the run input: a JSON object, or @file.json").argParser((value: string, previous: string | undefined) => {
    if (previous !== undefined) throw new InvalidArgumentError("given more than once: pass one --input (a JSON object holding every field).");
    return value;
  });

const natsOption = () =>
  new Option("--nats <url>", "NATS URL, or the URLs of a cluster's servers separated by commas (default: $WEFT_NATS_URL, else nats://127.0.0.1:4222)");

/**
 * --nats and the credential/TLS options of every command that connects to a NATS server.
 * `tokenFlag`: the NATS token's flag (the gateway's --token is its own).
 */
function withNats(cmd: Command, tokenFlag = "--token"): Command {
  return cmd
    .addOption(natsOption())
    .addOption(
      new Option("--replicas <n>", "copies JetStream keeps of the streams and buckets weft creates, 1-5; 3 on a 3-server NATS cluster (default: $WEFT_NATS_REPLICAS, else 1)").helpGroup(
        "NATS credentials and TLS:",
      ),
    )
    .addOption(new Option("--user <name>", "NATS user (default: $WEFT_NATS_USER); with --password").helpGroup("NATS credentials and TLS:"))
    .addOption(new Option("--password <password>", "NATS password (default: $WEFT_NATS_PASSWORD, preferred: not shown by ps)").helpGroup("NATS credentials and TLS:"))
    .addOption(new Option(`${tokenFlag} <token>`, "NATS token (default: $WEFT_NATS_TOKEN)").helpGroup("NATS credentials and TLS:"))
    .addOption(new Option("--nkey-seed <file>", "nkey seed file (default: $WEFT_NATS_NKEY_SEED)").helpGroup("NATS credentials and TLS:"))
    .addOption(new Option("--creds <file>", "NATS .creds file: user JWT and seed (default: $WEFT_NATS_CREDS)").helpGroup("NATS credentials and TLS:"))
    .addOption(new Option("--tls-ca <file>", "CA certificate (PEM) to trust for the server's TLS certificate (default: $WEFT_NATS_TLS_CA)").helpGroup("NATS credentials and TLS:"))
    .addOption(new Option("--tls-cert <file>", "client certificate (PEM), with --tls-key (default: $WEFT_NATS_TLS_CERT)").helpGroup("NATS credentials and TLS:"))
    .addOption(new Option("--tls-key <file>", "client private key (PEM), with --tls-cert (default: $WEFT_NATS_TLS_KEY)").helpGroup("NATS credentials and TLS:"));
}

/** --metrics-port and --metrics-host of the long-running services. */
function withMetrics(cmd: Command): Command {
  return cmd
    .option("--metrics-port <port>", "serve Prometheus metrics on http://HOST:PORT/metrics (0: any free port, printed; default: $WEFT_METRICS_PORT, else none)")
    .option("--metrics-host <host>", "the address /metrics listens on (default: $WEFT_METRICS_HOST, else 127.0.0.1; 0.0.0.0 to be scraped from other machines)");
}

function program(): Command {
  const p = new Command("weft")
    .description("weft: a dataflow workflow engine for TypeScript on NATS")
    .version(PACKAGE_VERSION)
    // weft's own options (--version) only before the command: `weft stats NAME --version V` is the command's.
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError("(run weft --help for usage)")
    .configureOutput({ writeOut: (s) => printAnswer(s), writeErr: (s) => process.stderr.write(s) })
    // --verbose (run, submit, invoke): every transition on a terminal, for whichever command follows the run.
    .hook("preAction", async (_program, command) => {
      if (command.opts().verbose) (await import("./follow-to-exit.js")).showEveryTransition(true);
    });

  withNats(p.command("run"))
    .description("run a workflow file on a private local stack (or on --nats) and print its result")
    .argument("<file>", "a .ts file that default-exports a workflow")
    .addOption(inputOption())
    .option("--workers <n>", "worker processes to start (default: 2; not with --nats)")
    .option("--slots <n>", "concurrent tasks per worker (default: CPU count; not with --nats)")
    .option("--timeout <duration>", "fail the run (E_TIMEOUT, exit 1) if it has not ended after this long: 90s, 5m, 1h, 1500ms")
    .option("--id <id>", "the run's id (letters, digits, - and _); with --nats, the same id again gives that run, not a second one")
    .option("--json", "log as JSON lines")
    .option("--verbose", "on a terminal: every task's transitions, not only the live line per node")
    .option("--express", "an express run: no record, result over core NATS, not resumed if its coordinator is lost (docs/express.md)")
    .action(async (file: string, flags) => done(await (await import("./commands/run.js")).runCommand(file, flags)));

  p.command("dev")
    .description("start NATS, a coordinator, workers, an HTTP gateway and the web view, and keep them up for `weft submit`")
    .option("--port <p>", "NATS client port", "4222")
    .option("--workers <n>", "worker processes: a count, or MIN..MAX to start and stop them with demand (docs/autoscaling.md; default: 2)")
    .option("--slots <n>", "concurrent tasks per worker (default: CPU count)")
    .option("--idle <duration>", "with --workers MIN..MAX: stop a surplus worker after this long without work (default 30s)")
    .option("--warm <k>", "with --workers MIN..MAX: keep K idle workers ready beyond the demand (default 0)")
    .option("--worker-node-options <flags>", "node flags of each worker process, e.g. \"--max-old-space-size=4096\"")
    .option("--gateway-port <p>", "HTTP gateway port on 127.0.0.1 (0: any free one)", "8080")
    .option("--ui-port <p>", "web view port on 127.0.0.1 (0: any free one)", "8090")
    .action(async (flags) => done(await (await import("./commands/services.js")).devCommand(flags)));

  withMetrics(withNats(p.command("coordinator")))
    .description("run the coordinator (one active per NATS; others stand by)")
    .option("--placement <strategy>", "locality or round-robin", "locality")
    .option("--retain <duration>", "delete finished runs (record and log) this long after they end: 7d, 12h, 30m (default: kept; logs expire after 7 days)")
    .option("--workers <n>", "start local worker processes: a count (kept up), or MIN..MAX to start and stop them with demand (docs/autoscaling.md)")
    .option("--slots <n>", "with --workers: concurrent tasks per worker (default: CPU count)")
    .option("--idle <duration>", "with --workers MIN..MAX: stop a surplus worker after this long without work (default 30s)")
    .option("--warm <k>", "with --workers MIN..MAX: keep K idle workers ready beyond the demand (default 0)")
    .option("--worker-node-options <flags>", "with --workers: node flags of each worker process, e.g. \"--max-old-space-size=4096\"")
    .action(async (flags) => done(await (await import("./commands/services.js")).coordinatorCommand(flags)));

  withMetrics(withNats(p.command("worker")))
    .description("run a worker")
    .option("--slots <n>", "concurrent tasks (default: CPU count)")
    .option("--name <name>", "worker name (default: w-HOST-PID)")
    .option("--isolate", "run every task in a worker thread (interruptible at its timeout; costs a copy of inputs and outputs)")
    .option("--memory <size>", "memory its tasks may use, e.g. 512MB, 2GiB (default: the V8 heap limit): placement and slot admission keep to it (docs/cost.md)")
    .option("--drain-timeout <duration>", "on SIGTERM/SIGINT, how long running tasks may finish before they are handed back (default: 30s)")
    .action(async (flags) => done(await (await import("./commands/worker.js")).workerCommand(flags)));

  withNats(p.command("submit"))
    .description("submit a workflow file; prints the run id, or follows the run with --follow")
    .argument("<file>")
    .addOption(inputOption())
    .option("--follow", "stream the log until the run ends; exit with the run's code")
    .option("--timeout <duration>", "fail the run (E_TIMEOUT) if it has not ended after this long: 90s, 5m, 1h, 1500ms")
    .option("--id <id>", "the run's id (letters, digits, - and _); the same id again gives that run, not a second one")
    .option("--json", "log as JSON lines")
    .option("--verbose", "with --follow on a terminal: every task's transitions, not only the live line per node")
    .option("--express", "an express run: no record, result over core NATS, not resumed if its coordinator is lost (docs/express.md)")
    .action(async (file: string, flags) => done(await (await import("./commands/submit.js")).submitAndFollow(file, flags)));

  withNats(p.command("deploy"))
    .description("deploy a workflow file: store it in NATS (with its triggers) and print NAME@VERSION")
    .argument("<file>", "a .ts file that default-exports a workflow")
    .option("--name <name>", "the deployment's name (default: the workflow's name)")
    .option("--subject <subject>", "run on each message on this NATS subject (wildcards allowed); the message body (JSON) is the input")
    .option("--stream <stream>", "with --subject: read the subject from this existing JetStream stream through a durable consumer (messages published while no coordinator is up are not lost)")
    .option("--http <route>", 'run on each request to the gateway (`weft gateway`) on this route, e.g. "POST /quote"; the body (JSON) is the input; ?wait= answers with the result')
    .option("--cron <expr>", 'run on each tick of this cron schedule: 5 fields, or 6 with seconds first ("0 3 * * *", "*/10 * * * * *"); the tick (cron, tz, scheduledAt) is the input')
    .option("--tz <zone>", "with --cron: the IANA time zone the schedule is read in (default UTC)")
    .option("--catch-up <policy>", "with --cron: ticks missed while no coordinator was up: skip (none runs; the default) or once (the latest runs once)")
    .option("--postgres <table>", "run on each row inserted or updated in this PostgreSQL table (schema.table or through the URL's search_path); the input is {table, op, row}")
    .option("--postgres-url <url>", "with --postgres: the database, postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
    .option("--object <bucket>", "run on each object put into this existing NATS object store bucket; the input is {bucket, name, size, digest, mtime} (read the bytes with ctx.objects)")
    .option("--match <glob>", "with --object: only objects whose name matches this glob (e.g. '*.png', 'photos/**')")
    .option("--mqtt <topic>", "run on each message on this MQTT topic filter (+ and # allowed), QoS 1 with a persistent session; the payload (JSON) is the input (needs --mqtt-url)")
    .option("--mqtt-url <url>", "with --mqtt: the MQTT broker, mqtt://HOST:PORT or mqtts://HOST:PORT (user:password@ allowed)")
    .option("--batch <n>", "one run per batch of up to N events (its input is the list of their bodies) instead of one per event")
    .option("--batch-wait <duration>", "with --batch: how long a batch waits for more events after its first (default 1s)")
    .option("--express", "the runs of the triggers given by flags are express: no record, not resumed if the coordinator is lost, at-least-once (docs/express.md)")
    .option("--parallelism <n>", "a streaming workflow: window slots spread over the workers (default 2; a later deploy may change it: key groups rescale)")
    .option("--partitions <n>", "a streaming workflow: source partitions, each read by one task (default 1)")
    .option("--checkpoint-interval <duration>", "a streaming workflow: time between checkpoints (default 2s)")
    .option("--restart-attempts <n>", "a streaming workflow: restarts from the last checkpoint after failures in a row (backoff 1s, 2s, 4s, ...) before the job is failed (default 3; 0: fail at once)")
    .action(async (file: string, flags) => done(await (await import("./commands/deploy.js")).deployCommand(file, flags)));

  withNats(p.command("stop"))
    .description("stop a streaming job; with --savepoint after a checkpoint that the next `weft deploy` resumes from")
    .argument("<name>")
    .option("--savepoint", "take a checkpoint first")
    .option("--timeout <duration>", "how long to wait for the job to stop (default 60s)")
    .action(async (name: string, flags) => done(await (await import("./commands/stream.js")).stopCommand(name, flags)));

  withNats(p.command("deployments"))
    .description("list deployments: name, version, triggers, when deployed, runs so far")
    .option("--json", "one JSON object per line")
    .action(async (flags) => done(await (await import("./commands/deploy.js")).deploymentsCommand(flags)));

  withNats(p.command("undeploy"))
    .description("remove a deployment: its triggers stop; runs in flight finish")
    .argument("<name>")
    .action(async (name: string, flags) => done(await (await import("./commands/deploy.js")).undeployCommand(name, flags)));

  withNats(p.command("invoke"))
    .description("run a deployment's current version; prints the run id, or follows the run with --follow")
    .argument("<name>")
    .addOption(inputOption())
    .option("--follow", "stream the log until the run ends; exit with the run's code")
    .option("--timeout <duration>", "fail the run (E_TIMEOUT) if it has not ended after this long: 90s, 5m, 1h, 1500ms")
    .option("--json", "log as JSON lines")
    .option("--verbose", "with --follow on a terminal: every task's transitions, not only the live line per node")
    .option("--express", "an express run: no record, result over core NATS, not resumed if its coordinator is lost (docs/express.md)")
    .action(async (name: string, flags) => done(await (await import("./commands/deploy.js")).invokeCommand(name, flags)));

  const runs = withNats(p.command("runs"))
    .description("list runs, newest first")
    .option("--state <state>", "only runs in this state: submitted, queued, running, succeeded, failed, cancelled")
    .option("--workflow <name>", "only runs of this workflow")
    .option("--limit <n>", "at most this many (the newest)")
    .option("--all", "every user's runs, not only your own (an admin, docs/security.md); the default without credentials")
    .option("--json", "one JSON object per line (schema: docs/json.md)")
    .action(async (flags) => done(await (await import("./commands/runs.js")).runsCommand(flags)));
  withNats(runs.command("prune"))
    .description("delete finished runs (their records and logs); runs still going are kept")
    .option("--older-than <duration>", "only runs that ended more than this long ago: 7d, 12h, 30m (default: every finished run)")
    .option("--json", "the pruned run ids as JSON")
    // Options given after "prune" that `runs` has too (--nats, --json...) are parsed as `runs`'s: read both.
    .action(async (_flags, cmd: Command) => done(await (await import("./commands/runs.js")).runsPruneCommand(cmd.optsWithGlobals())));

  withNats(p.command("workers"))
    .description("list the live workers (from their heartbeats): name, host, slots, tasks running, last heartbeat")
    .option("--json", "one JSON object per line (schema: docs/json.md)")
    .action(async (flags) => done(await (await import("./commands/workers.js")).workersCommand(flags)));

  withNats(p.command("stats"))
    .description("what a deployment's or workflow's runs used: per node p50/p95 of duration, CPU, peak heap growth, output size; cost totals (docs/cost.md)")
    .argument("<name>", "a deployment name, or a workflow name for plain runs")
    .option("--version <version>", "this version (deployment version or bundle hash prefix) instead of the newest")
    .option("--json", "as JSON (schema: docs/json.md)")
    .action(async (name: string, flags) => done(await (await import("./commands/stats.js")).statsCommand(name, flags)));

  withNats(p.command("status"))
    .description("show a run: state, progress per node, failures, result; or a streaming job: per operator rates, watermark, lag, backpressure")
    .argument("<run>")
    .option("--json", "as JSON")
    .action(async (run: string, flags) => done(await (await import("./commands/inspect.js")).statusCommand(run, flags)));

  withNats(p.command("logs"))
    .description("print a run's log on stdout, in time order")
    .argument("<run>")
    .option("--follow", "keep following until the run ends; exit with the run's code")
    .option("--node <node>", "only lines of this node (its tasks, log lines and fan-out)")
    .option("--state <state>", "only transitions into this state (a task's or the run's: failed, retrying, succeeded...)")
    .option("--worker <name>", "only lines of tasks on this worker")
    .option("--tail <n>", "only the last N lines of what is there (then, with --follow, the new ones)")
    .option("--json", "as JSON lines (the default off a terminal; schema: docs/json.md)")
    .action(async (run: string, flags) => done(await (await import("./commands/logs.js")).logsCommand(run, flags)));

  withNats(p.command("cancel"))
    .description("cancel a run")
    .argument("<run>")
    .action(async (run: string, flags) => done(await (await import("./commands/inspect.js")).cancelCommand(run, flags)));

  withNats(p.command("gateway"), "--nats-token")
    .description("serve the HTTP gateway: start, watch and cancel runs over HTTP (prints its URL)")
    .option("--port <port>", "TCP port (0: any free one)", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--token <token>", "require `Authorization: Bearer TOKEN` (default: $WEFT_GATEWAY_TOKEN; none: no auth)")
    .action(async (flags) => done(await (await import("./commands/gateway.js")).gatewayCommand(flags)));

  withNats(p.command("ui"))
    .description("serve the web view: runs, their graphs and logs, workers, deployments (prints its URL)")
    .option("--port <port>", "TCP port (0: any free one)", "8090")
    .option("--host <host>", "address to listen on (anyone who reaches it can cancel runs)", "127.0.0.1")
    .action(async (flags) => done(await (await import("./commands/ui.js")).uiCommand(flags)));

  p.command("graph")
    .description("show the placement plan of a workflow file")
    .argument("<file>")
    .option("--workers <n>", "workers to plan for", "2")
    .option("--format <format>", "text, dot or json (default: text)")
    .option("--json", "the same as --format json")
    .option("--placement <strategy>", "locality or round-robin", "locality")
    .action(async (file: string, flags) => done(await (await import("./commands/graph.js")).graphCommand(file, flags)));
  return p;
}

/** Exits once stdout and stderr are flushed. */
function done(code: number): never {
  process.exitCode = code;
  // Writes to a pipe may still be queued (a slow reader): exit only once they are out;
  // anything else left running (timers, sockets) must not hold the exit.
  void flushed().then(() => process.exit(code));
  return undefined as never;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; every other parse error is a usage error.
      process.exit(err.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage);
    }
    const message = (err as Error)?.message ?? String(err);
    process.stderr.write(`weft: ${message}\n`);
    done(exitCodeFor(err));
  }
}

// Stack traces of user code point at the workflow's .ts lines (bundles carry inline source maps).
process.setSourceMapsEnabled(true);
// `weft run FILE | head`: a reader that stops reading is not weft's failure; leave quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}
reserveStdout();
// Not awaited: the worker bundle is this file as CommonJS (a V8 code cache needs a classic
// script, engine/cli/code-cache.ts), which has no top-level await. main() catches its own errors,
// and a command keeps the process up by what it has open.
void main(process.argv);
