/**
 * End to end, security basics against real nats-servers started from config files:
 * - the per-role permissions of test/fixtures/nats-roles.conf (shown in docs/security.md):
 *   a coordinator, a worker with user/password (from WEFT_NATS_* variables) and one with an
 *   nkey seed, a client that submits and follows; the worker's credentials may not submit;
 * - token auth (flag, variable, URL), a .creds file on a server in operator (JWT) mode;
 * - TLS with a throwaway CA made by openssl, with and without client certificates;
 * - usage errors for missing files and mixed credentials, and no secret in any output.
 * Spawns the COMPILED CLI: build first (`npm run -s build`).
 */
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nkeys } from "@nats-io/transport-node";
import { type Bus, connectNatsBus, type NatsAuth, NatsServerProcess } from "../../engine/internal.js";
import { connectClient } from "../../engine/client/connect.js";
import { findRunRecord, readRunRecord } from "../../engine/coordinator/run-store.js";
import { objectMetaSubject } from "../../engine/bus/object-store-layout.js";
import { connect } from "@nats-io/transport-node";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Objm } from "@nats-io/obj";
import { maskSecrets } from "../../engine/bus/nats-connection.js";
import { sendData } from "../../engine/wire/data-channel.js";
import { decodeMessage, encodeMessage, pb } from "../../engine/wire/protocol.js";
import { appendField, GRAPH_FIELD } from "../../engine/wire/embedded-field.js";
import { encodedGraph } from "../../engine/wire/graph-bytes.js";
import { connect as connectWeft } from "../../engine/client/api.js";
import { describeResult, REPO_ROOT, runCli, startCli, stopAll, type CliOptions, type CliProcess, type CliResult } from "../helpers/cli.js";
import { call, startGateway } from "../helpers/gateway.js";
import { freePort, hasNatsServer, uid, waitFor } from "../helpers/nats.js";

const ROLES_CONF = join(REPO_ROOT, "test", "fixtures", "nats-roles.conf");
const TOKEN_CONF = join(REPO_ROOT, "test", "fixtures", "nats-token.conf");

/** Every credential/TLS variable unset, so that a developer's own never leaks into a test. */
const CLEAN_ENV: Record<string, undefined> = {
  WEFT_NATS_USER: undefined,
  WEFT_NATS_PASSWORD: undefined,
  WEFT_NATS_TOKEN: undefined,
  WEFT_NATS_NKEY_SEED: undefined,
  WEFT_NATS_CREDS: undefined,
  WEFT_NATS_TLS_CA: undefined,
  WEFT_NATS_TLS_CERT: undefined,
  WEFT_NATS_TLS_KEY: undefined,
};

/** Secrets of this file: distinctive, so that a leak is found by a plain search. */
const SECRETS = {
  coordinator: `coord-pw-${uid()}${uid()}`,
  worker: `worker-pw-${uid()}${uid()}`,
  client: `client-pw-${uid()}${uid()}`,
  bob: `bob-pw-${uid()}${uid()}`,
  admin: `admin-pw-${uid()}${uid()}`,
  wrongPassword: `wrong-pw-${uid()}${uid()}`,
  token: `tok-${uid()}${uid()}${uid()}`,
  wrongToken: `badtok-${uid()}${uid()}`,
};
const workerKey = nkeys.createUser();
const workerSeed = new TextDecoder().decode(workerKey.getSeed());

/** Everything any CLI process printed, checked for secrets at the end. */
const outputs: { what: string; text: string }[] = [];
const allSecrets = (): string[] => [...Object.values(SECRETS), workerSeed, ...extraSecrets];
const extraSecrets: string[] = [];

async function cli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const r = await runCli(args, { ...opts, env: { ...CLEAN_ENV, ...opts.env } });
  outputs.push({ what: `weft ${args.join(" ")}`, text: r.stdout + r.stderr });
  return r;
}

const services: CliProcess[] = [];
function service(args: string[], env: Record<string, string | undefined> = {}): CliProcess {
  const p = startCli(args, { env: { ...CLEAN_ENV, ...env } });
  services.push(p);
  return p;
}

function assertNoSecret(text: string, what: string): void {
  for (const s of allSecrets()) assert.ok(!text.includes(s), `${what} printed a secret (${s.slice(0, 6)}...):\n${text.slice(-3000)}`);
}

// ---------- nats-server from a config file ----------

interface Server {
  url: string;
  port: number;
  log(): string;
  stop(): Promise<void>;
}
const servers = new Set<ChildProcess>();
process.on("exit", () => {
  for (const s of servers) s.kill("SIGKILL");
});

/** Starts `nats-server -c conf -a 127.0.0.1 -p PORT -sd DIR` (never 4222) and waits until ready. */
async function startServer(conf: string, env: Record<string, string> = {}): Promise<Server> {
  const binary = NatsServerProcess.findBinary();
  assert.ok(binary, "nats-server is needed");
  const port = await freePort();
  assert.notEqual(port, 4222);
  const store = mkdtempSync(join(tmpdir(), "weft-sec-js-"));
  const child = spawn(binary, ["-c", conf, "-a", "127.0.0.1", "-p", String(port), "-sd", store], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...env },
  });
  servers.add(child);
  let log = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (log += d));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const deadline = Date.now() + 10_000;
  while (!log.includes("Server is ready")) {
    if (child.exitCode !== null) throw new Error(`nats-server -c ${conf} exited:\n${log}`);
    if (Date.now() > deadline) throw new Error(`nats-server -c ${conf} not ready in 10 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.kill("SIGTERM");
        await exited;
        clearTimeout(kill);
      }
      servers.delete(child);
      rmSync(store, { recursive: true, force: true });
    },
  };
}

/** Waits until the coordinator is active and each worker has sent a heartbeat. */
async function waitForWeft(url: string, watch: NatsAuth, coordinator: CliProcess, workers: Record<string, CliProcess>): Promise<void> {
  await coordinator.waitForStderr(/active on/, 20_000);
  const bus: Bus = await connectNatsBus(url, { name: "weft-e2e-watch", auth: watch });
  try {
    const heard = new Set<string>();
    const sub = bus.subscribe("weft.v1.worker.*.heartbeat", (m) => heard.add(m.subject.split(".")[3] ?? ""));
    const deadline = Date.now() + 20_000;
    while (!Object.keys(workers).every((n) => heard.has(n))) {
      for (const [name, w] of Object.entries(workers)) {
        if (!w.running()) throw new Error(`worker ${name} exited:\n${w.stderr()}`);
      }
      if (Date.now() > deadline) throw new Error(`no heartbeat from ${Object.keys(workers).filter((n) => !heard.has(n)).join(", ")} in 20 s`);
      await new Promise((r) => setTimeout(r, 25));
    }
    sub.unsubscribe();
  } finally {
    await bus.close();
  }
}

/** A request on `subject` with these credentials is refused by the server (a connection of its own: a denial is reported apart from the request). */
async function assertDenied(flags: { nats: string; user?: string; password?: string; nkeySeed?: string }, subject: string, data: Uint8Array = new Uint8Array(0)): Promise<void> {
  // Replies on the user's own inbox prefix for a client's role; a worker's or the coordinator's role has `_INBOX.>`.
  const privateInbox = ["client", "bob", "admin"].includes(flags.user ?? "");
  const bus = await connectClient(flags, { name: "weft-e2e-probe", privateInbox });
  try {
    await assert.rejects(bus.request(subject, data, { timeoutMs: 20_000 }), (err: Error) => {
      assert.ok(err.message.includes(`permission to publish to "${subject}"`), `${flags.user ?? "nkey user"}: ${err.message}`);
      return true;
    });
  } finally {
    await bus.close();
  }
}

/** A subscription to `subject` with these credentials is refused by the server. */
async function assertSubscribeDenied(flags: { nats: string; user?: string; password?: string }, subject: string): Promise<void> {
  const bus = await connectClient(flags, { name: "weft-e2e-probe" });
  try {
    bus.subscribe(subject, () => {});
    const deadline = Date.now() + 20_000;
    for (;;) {
      const err = await bus.flush().then(() => undefined, (e: Error) => e);
      if (err) {
        assert.ok(err.message.includes(`permission to subscribe to "${subject}"`), `${flags.user}: ${err.message}`);
        return;
      }
      assert.ok(Date.now() < deadline, `${flags.user} may subscribe to ${subject}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await bus.close();
  }
}

function hasOpenssl(): boolean {
  return spawnSync("openssl", ["version"], { encoding: "utf8" }).status === 0;
}

function openssl(dir: string, args: string[]): void {
  const r = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed:\n${r.stderr}`);
}

// ---------- tests ----------

describe("e2e: security (credentials, permissions, TLS)", function () {
  this.timeout(60_000);
  let dir = "";

  before(function () {
    if (!hasNatsServer()) this.skip();
    dir = mkdtempSync(join(tmpdir(), "weft-sec-"));
  });

  after(async function () {
    this.timeout(30_000);
    await stopAll(services);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe("usage errors (no server needed)", () => {
    it("a missing --nkey-seed, --creds or --tls-ca file is a usage error (exit 2) that names the flag", async () => {
      const missing = join(tmpdir(), `weft-no-such-${uid()}`);
      for (const [flag, env] of [
        ["--nkey-seed", "WEFT_NATS_NKEY_SEED"],
        ["--creds", "WEFT_NATS_CREDS"],
        ["--tls-ca", "WEFT_NATS_TLS_CA"],
      ] as const) {
        const r = await cli(["runs", "--nats", "nats://127.0.0.1:1", flag, missing]);
        assert.equal(r.code, 2, describeResult(r));
        assert.match(r.stderr, new RegExp(`^weft: ${flag} ${missing}: cannot read .*no such file`, "m"));
        const viaEnv = await cli(["runs", "--nats", "nats://127.0.0.1:1"], { env: { [env]: missing } });
        assert.equal(viaEnv.code, 2, describeResult(viaEnv));
        assert.match(viaEnv.stderr, new RegExp(`^weft: ${env} ${missing}: cannot read`, "m"));
      }
    });

    it("a file that is not a seed / certificate, a directory, or --tls-cert without --tls-key: exit 2", async () => {
      const notSeed = join(dir, "not-a-seed");
      writeFileSync(notSeed, "hello\n");
      let r = await cli(["runs", "--nats", "nats://127.0.0.1:1", "--nkey-seed", notSeed]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /--nkey-seed .*not an nkey seed/);
      r = await cli(["runs", "--nats", "nats://127.0.0.1:1", "--tls-ca", notSeed]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /--tls-ca .*not a CA certificate/);
      r = await cli(["runs", "--nats", "nats://127.0.0.1:1", "--creds", dir]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /--creds .*not a file/);
      r = await cli(["runs", "--nats", "nats://127.0.0.1:1", "--tls-cert", notSeed]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /--tls-cert needs the client key too/);
    });

    it("incomplete or mixed credentials are usage errors that print no secret", async () => {
      let r = await cli(["status", "r-x", "--nats", "nats://127.0.0.1:1", "--user", "client"]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /--user needs a password/);
      r = await cli(["cancel", "r-x", "--nats", "nats://127.0.0.1:1", "--token", SECRETS.token], { env: { WEFT_NATS_USER: "u", WEFT_NATS_PASSWORD: SECRETS.client } });
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /more than one way to authenticate to NATS \(WEFT_NATS_USER\/WEFT_NATS_PASSWORD, --token\)/);
      r = await cli(["logs", "r-x", "--nats", `nats://u:${SECRETS.client}@127.0.0.1:1`, "--token", SECRETS.token]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /the NATS URL carries credentials and so does --token/);
    });

    it("weft run without --nats refuses credential flags (it starts its own server)", async () => {
      const r = await cli(["run", "examples/hello.ts", "--token", SECRETS.token]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /--token applies to a NATS server given with --nats URL/);
    });

    it("weft run without --nats ignores WEFT_NATS_* credentials: its workers use the private server as before", async function () {
      this.timeout(60_000);
      const r = await cli(["run", "examples/hello.ts", "--workers", "1"], {
        env: { WEFT_NATS_TOKEN: SECRETS.token, WEFT_NATS_TLS_CA: join(dir, "no-such-ca.pem") },
        timeoutMs: 50_000,
      });
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stdout, "15\n");
    });
  });

  describe("per-role users and permissions (test/fixtures/nats-roles.conf, docs/security.md)", () => {
    let server: Server | undefined;
    let url = "";
    let wb: CliProcess | undefined;
    let coordinator: CliProcess | undefined;
    const seedFile = () => join(dir, "worker.nk");

    before(async function () {
      this.timeout(60_000);
      writeFileSync(seedFile(), workerSeed + "\n", { mode: 0o600 });
      server = await startServer(ROLES_CONF, {
        WEFT_COORDINATOR_PASSWORD: SECRETS.coordinator,
        WEFT_WORKER_WA_PASSWORD: SECRETS.worker,
        WEFT_CLIENT_PASSWORD: SECRETS.client,
        WEFT_CLIENT_BOB_PASSWORD: SECRETS.bob,
        WEFT_ADMIN_PASSWORD: SECRETS.admin,
        WEFT_WORKER_WB_NKEY: workerKey.getPublicKey(),
      });
      url = server.url;
      // Three ways in: flags, WEFT_NATS_* variables, an nkey seed file.
      coordinator = service(["coordinator", "--nats", url, "--user", "coordinator", "--password", SECRETS.coordinator]);
      const wa = service(["worker", "--nats", url, "--name", "wa", "--slots", "2"], { WEFT_NATS_USER: "wa", WEFT_NATS_PASSWORD: SECRETS.worker });
      wb = service(["worker", "--nats", url, "--name", "wb", "--slots", "2", "--nkey-seed", seedFile()]);
      await waitForWeft(url, { user: "coordinator", pass: SECRETS.coordinator }, coordinator, { wa, wb });
    });

    after(async () => {
      await server?.stop();
    });

    it("docs/security.md shows test/fixtures/nats-roles.conf verbatim (the tested configuration)", () => {
      const doc = readFileSync(join(REPO_ROOT, "docs", "security.md"), "utf8");
      assert.ok(doc.includes(readFileSync(ROLES_CONF, "utf8").trimEnd()), "docs/security.md must contain test/fixtures/nats-roles.conf as is");
    });

    let runId = "";
    it("weft submit --follow as the client user succeeds (result 15)", async () => {
      const r = await cli(["submit", "examples/hello.ts", "--follow", "--nats", url, "--user", "client"], { env: { WEFT_NATS_PASSWORD: SECRETS.client } });
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stdout, "15\n");
      const workers = new Set([...r.stderr.matchAll(/"worker":"(w[ab])"/g)].map((m) => m[1]));
      assert.deepEqual([...workers].sort(), ["wa", "wb"], "both workers (password and nkey) ran tasks");
      runId = /"run":"([A-Za-z0-9_-]+)"/.exec(r.stderr)?.[1] ?? "";
      assert.ok(runId);
    });

    it("an express run as the client user: the result over core NATS, the coordinator probed on weft.v1.coord.express (docs/express.md)", async () => {
      const r = await cli(["submit", "examples/hello.ts", "--express", "--follow", "--nats", url, "--user", "client"], { env: { WEFT_NATS_PASSWORD: SECRETS.client } });
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stdout, "15\n");
      assert.doesNotMatch(r.stderr, /denied|Violation/i, describeResult(r));
    });

    it("express placement leases (docs/express.md, \"Leases\"): the client user gets one, and its runs start on the worker with the coordinator frozen; bob may not publish on the client's direct subject, and the worker refuses him the client's lease on his own", async function () {
      this.timeout(90_000);
      const gateDir = mkdtempSync(join(tmpdir(), "weft-sec-lease-"));
      const gate = join(gateDir, "open");
      writeFileSync(gate, "");
      const weft = await connectWeft({ url, user: "client", password: SECRETS.client });
      const raw = await connectClient({ nats: url, user: "client", password: SECRETS.client }, { name: "weft-e2e-probe", privateInbox: true });
      const bob = await connectClient({ nats: url, user: "bob", password: SECRETS.bob }, { name: "weft-e2e-probe", privateInbox: true });
      try {
        const one = "test/fixtures/gated-one.ts";
        assert.equal(await weft.run(one, { gate, n: 2 }, { durability: "express" }), 4);
        coordinator!.child.kill("SIGSTOP");
        try {
          assert.equal(await weft.run(one, { gate, n: 3 }, { durability: "express" }), 6, "under the lease, without the coordinator");
        } finally {
          coordinator!.child.kill("SIGCONT");
        }
        // A lease of the client's own, asked for by hand: its worker and id.
        const prepared = await weft.prepare(one);
        const request = appendField(encodeMessage(pb.LeaseRequest, { bundleHash: prepared.bundle.hash }), GRAPH_FIELD.LeaseRequest, encodedGraph(prepared.graph));
        const grant = decodeMessage(pb.LeaseGrant, await raw.request("weft.v1.coord.lease.client", request, { timeoutMs: 20_000 }), () => {});
        assert.ok(grant?.leaseId && grant.worker, JSON.stringify(grant));
        const start = (runId: string) => encodeMessage(pb.DirectStart, { leaseId: grant.leaseId, runId, inputJson: JSON.stringify({ gate, n: 1 }) });
        // bob on the client's subject: the server refuses. On his own, with the client's lease: the worker refuses.
        await assertDenied({ nats: url, user: "bob", password: SECRETS.bob }, `weft.v1.worker.${grant.worker}.direct.client`, start("r-bob-forged-1"));
        const refused = decodeMessage(pb.DirectReply, await bob.request(`weft.v1.worker.${grant.worker}.direct.bob`, start("r-bob-forged-2"), { timeoutMs: 20_000 }), () => {});
        assert.equal(refused?.error?.code, "E_LEASE_REFUSED", JSON.stringify(refused));
        assert.match(refused?.error?.message ?? "", /is not bob's/);
        // The client, as itself: taken.
        const taken = decodeMessage(pb.DirectReply, await raw.request(`weft.v1.worker.${grant.worker}.direct.client`, start("r-client-direct"), { timeoutMs: 20_000 }), () => {});
        assert.ok(taken && !taken.error, JSON.stringify(taken));
      } finally {
        await Promise.all([weft.close(), raw.close(), bob.close()]);
        rmSync(gateDir, { recursive: true, force: true });
      }
    });

    it("weft gateway as the client user: POST ?wait answers with the run's end (read by the gateway's one follower of its runs' states)", async () => {
      const env = { WEFT_NATS_PASSWORD: SECRETS.client };
      const deployed = await cli(["deploy", "examples/hello.ts", "--name", "hello-gw", "--nats", url, "--user", "client"], { env });
      assert.equal(deployed.code, 0, describeResult(deployed));
      const g = await startGateway((args, o) => service(args, { ...env, ...o?.env }), url, ["--user", "client"]);
      try {
        for (const n of [3, 4]) {
          const a = await call(`${g.url}/v1/workflows/hello-gw/runs?wait=30s`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ n }) });
          assert.equal(a.status, 200, JSON.stringify(a.body));
          assert.equal(a.body.state, "succeeded");
          assert.equal(a.body.result, 2 * n + n * n);
        }
      } finally {
        outputs.push({ what: "weft gateway", text: g.proc.stdout() + g.proc.stderr() });
        await g.proc.stop();
      }
    });

    it("weft run --nats, runs, status, logs and cancel work as the client user (variables only)", async () => {
      const env = { WEFT_NATS_URL: url, WEFT_NATS_USER: "client", WEFT_NATS_PASSWORD: SECRETS.client };
      const run = await cli(["run", "examples/fanout.ts", "--input", '{"n": 20}'], { env });
      assert.equal(run.code, 0, describeResult(run));
      assert.equal(run.stdout, '{"count":20,"sum":2470}\n');
      const runs = await cli(["runs", "--json"], { env });
      assert.equal(runs.code, 0, describeResult(runs));
      assert.ok(runs.stdout.includes(runId), runs.stdout);
      const status = await cli(["status", runId], { env });
      assert.equal(status.code, 0, describeResult(status));
      assert.match(status.stdout, /state\s+succeeded/);
      const logs = await cli(["logs", runId, "--follow"], { env });
      assert.equal(logs.code, 0, describeResult(logs));
      const queued = await cli(["submit", "examples/hello.ts"], { env });
      assert.equal(queued.code, 0, describeResult(queued));
      const cancel = await cli(["cancel", queued.stdout.trim()], { env });
      // The run may already be over: either way the coordinator answered the client.
      assert.ok(cancel.code === 0 || /already ended/.test(cancel.stderr), describeResult(cancel));
    });

    it("the worker's credentials cannot submit: the CLI fails at once, exit 3, saying permission was denied", async () => {
      const r = await cli(["submit", "examples/hello.ts", "--follow", "--nats", url, "--user", "wa", "--password", SECRETS.worker]);
      assert.equal(r.code, 3, describeResult(r));
      // Its role has no client's inbox (_INBOX_wa) nor submit subject: whichever the server refuses first is said.
      assert.match(r.stderr, /^weft: NATS denied user "wa" permission to (publish|subscribe) to "[^"]+": .*permissions .* docs\/security\.md/m);
      assert.ok(r.ms < 10_000, `failed only after ${r.ms} ms`);
      const nkey = await cli(["cancel", runId, "--nats", url, "--nkey-seed", seedFile()]);
      assert.equal(nkey.code, 3, describeResult(nkey));
      assert.match(nkey.stderr, /NATS denied this user permission to (publish|subscribe) to/);
    });

    it("the worker's credentials cannot publish to weft.v1.coord.submit", async () => {
      const bus = await connectClient({ nats: url, user: "wa", password: SECRETS.worker }, { privateInbox: false });
      try {
        const started = Date.now();
        await assert.rejects(bus.request("weft.v1.coord.submit", new Uint8Array([1]), { timeoutMs: 20_000 }), (err: Error) => {
          assert.match(err.message, /NATS denied user "wa" permission to publish to "weft\.v1\.coord\.submit"/);
          return true;
        });
        assert.ok(Date.now() - started < 5000, "refused at once, not by timeout");
      } finally {
        await bus.close();
      }
      // The client's own credentials may not start tasks on a worker either.
      const client = await connectClient({ nats: url, user: "client", password: SECRETS.client });
      try {
        await assert.rejects(client.request("weft.v1.worker.wa.start", new Uint8Array([1]), { timeoutMs: 20_000 }), /permission to publish to "weft\.v1\.worker\.wa\.start"/);
      } finally {
        await client.close();
      }
    });

    it("a wrong password, or none: exit 3 'authentication failed', the password not printed", async () => {
      const wrong = await cli(["runs", "--nats", url, "--user", "client", "--password", SECRETS.wrongPassword]);
      assert.equal(wrong.code, 3, describeResult(wrong));
      assert.match(wrong.stderr, /^weft: authentication failed: NATS at nats:\/\/127\.0\.0\.1:\d+ refused user "client" and its password/m);
      const inUrl = await cli(["runs", "--nats", `nats://client:${SECRETS.wrongPassword}@127.0.0.1:${server!.port}`]);
      assert.equal(inUrl.code, 3, describeResult(inUrl));
      assert.match(inUrl.stderr, /authentication failed: NATS at nats:\/\/client:\*\*\*@127\.0\.0\.1:\d+ refused/);
      const none = await cli(["runs", "--nats", url]);
      assert.equal(none.code, 3, describeResult(none));
      assert.match(none.stderr, /authentication failed: .* requires credentials and none were given/);
    });

    it("a cron trigger deployed by the client runs under the coordinator's role (it keeps its ticks in KV weft_trigger_state)", async () => {
      const env = { WEFT_NATS_URL: url, WEFT_NATS_USER: "client", WEFT_NATS_PASSWORD: SECRETS.client };
      const deployed = await cli(["deploy", "examples/hello.ts", "--name", "roles-cron", "--cron", "*/1 * * * * *"], { env });
      assert.equal(deployed.code, 0, describeResult(deployed));
      // A trigger's runs are the coordinator's user's: an admin reads them (docs/security.md, "Tenancy").
      const admin = { WEFT_NATS_URL: url, WEFT_NATS_USER: "admin", WEFT_NATS_PASSWORD: SECRETS.admin };
      const cronRuns = async () => {
        const runs = await cli(["runs", "--all", "--json"], { env: admin });
        return runs.stdout
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { deployment: string | null; state: string; trigger: { kind: string } | null })
          .filter((r) => r.deployment === "roles-cron" && r.state === "succeeded" && r.trigger?.kind === "cron");
      };
      await waitFor(async () => (await cronRuns()).length >= 2, { timeoutMs: 30_000, intervalMs: 300, message: "two ticks run" });
      const undeployed = await cli(["undeploy", "roles-cron"], { env });
      assert.equal(undeployed.code, 0, describeResult(undeployed));
    });

    it("no role may delete a consumer of the run log, the run records, the deployments or the bundles (their names are visible on _INBOX.>)", async () => {
      for (const flags of [
        { nats: url, user: "client", password: SECRETS.client },
        { nats: url, user: "admin", password: SECRETS.admin },
        { nats: url, user: "wa", password: SECRETS.worker },
        { nats: url, nkeySeed: seedFile() },
        { nats: url, user: "coordinator", password: SECRETS.coordinator },
      ]) {
        for (const stream of ["WEFT_RUN_LOG", "KV_weft_runs", "KV_weft_deployments", "OBJ_weft_bundles"]) {
          await assertDenied(flags, `$JS.API.CONSUMER.DELETE.${stream}.any_consumer`);
        }
      }
    });

    it("a task finds no secret of its worker in the exec environment or command line (/proc/self/environ, /proc/self/cmdline)", async function () {
      this.timeout(60_000);
      const env = { WEFT_NATS_URL: url, WEFT_NATS_USER: "client", WEFT_NATS_PASSWORD: SECRETS.client };
      const r = await cli(["submit", "test/fixtures/reads-environ.ts", "--follow"], { env });
      assert.equal(r.code, 0, describeResult(r));
      const read = JSON.parse(r.stdout) as { environ: string; cmdline: string; env: string }[];
      assert.equal(read.length, 8);
      assert.ok(/"worker":"wa"/.test(r.stderr), "worker wa (its password in WEFT_NATS_PASSWORD) ran some of the tasks");
      for (const x of read) {
        assert.ok(x.environ.length > 0, "the environment was read");
        assertNoSecret(x.environ, "/proc/self/environ");
        assertNoSecret(x.cmdline, "/proc/self/cmdline");
        assertNoSecret(x.env, "process.env");
        assert.ok(!/WEFT_NATS_PASSWORD|WEFT_NATS_NKEY_SEED/.test(x.environ), x.environ.replaceAll("\0", "\n"));
      }
    });

    it("runs have owners: another client cannot cancel a run (by the owner's subject or its own), an admin can", async function () {
      this.timeout(90_000);
      const as = (user: string, password: string) => ({ WEFT_NATS_URL: url, WEFT_NATS_USER: user, WEFT_NATS_PASSWORD: password });
      const submitted = await cli(["submit", "test/fixtures/slow.ts", "--input", '{"ms": 60000}'], { env: as("client", SECRETS.client) });
      assert.equal(submitted.code, 0, describeResult(submitted));
      const runId = submitted.stdout.trim();
      const status = async () => {
        const r = await cli(["status", runId, "--json"], { env: as("client", SECRETS.client) });
        assert.equal(r.code, 0, describeResult(r));
        return JSON.parse(r.stdout) as { state: string; owner: string | null };
      };
      assert.equal((await status()).owner, "client", "the run's owner is the submitting user");
      // bob, through the CLI: he may not read the run's record (so not learn its owner), which
      // tells him it is not his (a run he cannot read he cannot cancel either).
      const byBob = await cli(["cancel", runId], { env: as("bob", SECRETS.bob) });
      assert.equal(byBob.code, 3, describeResult(byBob));
      assert.match(byBob.stderr, /E_NOT_OWNER|is not one of "bob"'s runs/, describeResult(byBob));
      // bob, by hand, on his own cancel subject: the coordinator refuses (he is not the owner).
      const bob = await connectClient({ nats: url, user: "bob", password: SECRETS.bob }, { name: "weft-e2e-probe" });
      try {
        const reply = decodeMessage(pb.CancelReply, await bob.request("weft.v1.coord.cancel.bob", encodeMessage(pb.CancelRequest, { runId, reason: "bob" }), { timeoutMs: 20_000 }), () => {});
        assert.equal(reply?.ok, false);
        assert.equal(reply?.error?.code, "E_NOT_OWNER", JSON.stringify(reply));
      } finally {
        await bob.close();
      }
      // Nor may he speak for runs without an owner, or submit in the owner's name.
      for (const subject of ["weft.v1.coord.cancel", "weft.v1.coord.submit", "weft.v1.coord.submit.client"]) {
        await assertDenied({ nats: url, user: "bob", password: SECRETS.bob }, subject, encodeMessage(pb.CancelRequest, { runId, reason: "bob" }));
      }
      assert.equal((await status()).state, "running", "bob's cancels changed nothing");
      const byAdmin = await cli(["cancel", runId], { env: as("admin", SECRETS.admin) });
      assert.equal(byAdmin.code, 0, describeResult(byAdmin));
      await waitFor(async () => (await status()).state === "cancelled", { timeoutMs: 30_000, intervalMs: 300, message: "the admin's cancel ends the run" });
    });

    let readRunId = "";
    it("runs are read by their owner only: another client's status, logs, runs and client API do not show a run's record, input, result or log (E_NOT_OWNER), the owner's and an admin's do", async function () {
      this.timeout(120_000);
      const as = (user: string, password: string) => ({ WEFT_NATS_URL: url, WEFT_NATS_USER: user, WEFT_NATS_PASSWORD: password });
      const secret = `input-${uid()}`;
      const first = await cli(["submit", "examples/hello.ts", "--follow", "--input", JSON.stringify({ secret })], { env: as("client", SECRETS.client) });
      assert.equal(first.code, 0, describeResult(first));
      const runId = /"run":"([A-Za-z0-9_-]+)"/.exec(first.stderr)?.[1] ?? "";
      assert.ok(runId);
      readRunId = runId;

      // The owner reads all of it.
      const own = await cli(["status", runId, "--json"], { env: as("client", SECRETS.client) });
      assert.equal(own.code, 0, describeResult(own));
      assert.equal((JSON.parse(own.stdout) as { state: string }).state, "succeeded");
      const ownLogs = await cli(["logs", runId], { env: as("client", SECRETS.client) });
      assert.equal(ownLogs.code, 0, describeResult(ownLogs));
      assert.match(ownLogs.stdout, /succeeded/);
      assert.ok((await cli(["runs", "--json"], { env: as("client", SECRETS.client) })).stdout.includes(runId));

      // bob, through the CLI: status, logs and the client API fail with E_NOT_OWNER; `weft runs` does not list the run.
      for (const args of [["status", runId], ["status", runId, "--json"], ["logs", runId], ["logs", runId, "--follow"]]) {
        const r = await cli(args, { env: as("bob", SECRETS.bob) });
        assert.equal(r.code, 3, `weft ${args.join(" ")}: ${describeResult(r)}`);
        assert.match(r.stderr, /E_NOT_OWNER|is not one of "bob"'s runs/, describeResult(r));
        assert.ok(!(r.stdout + r.stderr).includes(secret), "bob saw the input");
      }
      const bobRuns = await cli(["runs", "--json"], { env: as("bob", SECRETS.bob) });
      assert.equal(bobRuns.code, 0, describeResult(bobRuns));
      assert.ok(!bobRuns.stdout.includes(runId), bobRuns.stdout);
      const bobApi = await connectClient({ nats: url, user: "bob", password: SECRETS.bob }, { name: "weft-e2e-probe" });
      try {
        await assert.rejects(findRunRecord(bobApi, runId), (err: Error & { code?: string }) => err.code === "E_NOT_OWNER");
      } finally {
        await bobApi.close();
      }

      // The admin reads anyone's run.
      const admin = as("admin", SECRETS.admin);
      const byAdmin = await cli(["status", runId, "--json"], { env: admin });
      assert.equal(byAdmin.code, 0, describeResult(byAdmin));
      assert.equal((JSON.parse(byAdmin.stdout) as { owner: string }).owner, "client");
      const adminLogs = await cli(["logs", runId], { env: admin });
      assert.equal(adminLogs.code, 0, describeResult(adminLogs));
      assert.match(adminLogs.stdout, /succeeded/);
      const adminRuns = await cli(["runs", "--all", "--json"], { env: admin });
      assert.equal(adminRuns.code, 0, describeResult(adminRuns));
      assert.ok(adminRuns.stdout.includes(runId), adminRuns.stdout);
    });

    it("runs are read by their owner only: the server refuses another client every JetStream read of a run's record and history, its live subjects and other users' inboxes", async function () {
      this.timeout(120_000);
      const runId = readRunId;
      assert.ok(runId, "the test above submitted a run");
      // bob, by hand: every way to the record or the log is refused by the server.
      const bob = { nats: url, user: "bob", password: SECRETS.bob };
      const recordSubject = `$KV.weft_runs.client.${runId}`;
      for (const subject of [
        `$JS.API.DIRECT.GET.KV_weft_runs.${recordSubject}`,
        `$JS.API.DIRECT.GET.KV_weft_runs`,
        `$JS.API.STREAM.MSG.GET.KV_weft_runs`,
        `$JS.API.CONSUMER.CREATE.KV_weft_runs`,
        `$JS.API.CONSUMER.CREATE.KV_weft_runs.peek.${recordSubject}`,
        `$JS.API.CONSUMER.DURABLE.CREATE.KV_weft_runs.peek`,
        `$JS.API.CONSUMER.CREATE.WEFT_RUN_LOG`,
        `$JS.API.CONSUMER.CREATE.WEFT_RUN_LOG.peek.weft.v1.run.@client.${runId}.state`,
        `$JS.API.CONSUMER.DURABLE.CREATE.WEFT_RUN_LOG.peek`,
        `$JS.API.STREAM.MSG.GET.WEFT_RUN_LOG`,
        `$JS.API.DIRECT.GET.WEFT_RUN_LOG`,
      ]) {
        await assertDenied(bob, subject, new TextEncoder().encode(JSON.stringify({ last_by_subj: recordSubject })));
      }
      // A consumer created on his own subject with the owner's filter in its body: the server refuses the mismatch.
      const nc = await connect({ servers: url, user: "bob", pass: SECRETS.bob, name: "weft-e2e-probe", inboxPrefix: "_INBOX_bob" });
      try {
        for (const [stream, mine, theirs] of [
          ["KV_weft_runs", "$KV.weft_runs.bob.>", recordSubject],
          ["WEFT_RUN_LOG", "weft.v1.run.@bob.>", `weft.v1.run.@client.${runId}.>`],
        ] as const) {
          const body = { stream_name: stream, config: { name: "peek", filter_subject: theirs, deliver_policy: "all", ack_policy: "none" } };
          const reply = await nc.request(`$JS.API.CONSUMER.CREATE.${stream}.peek.${mine}`, JSON.stringify(body), { timeout: 20_000 });
          const answer = reply.json<{ error?: { description: string } }>();
          assert.ok(answer.error, `${stream}: a consumer with another owner's filter was created: ${reply.string()}`);
        }
      } finally {
        await nc.close();
      }
      // Nor may he listen to the owner's live states and logs, or to other users' replies.
      for (const subject of [`weft.v1.run.@client.${runId}.state`, `weft.v1.run.@client.>`, "weft.v1.run.>", "_INBOX.>", "_INBOX_client.>"]) {
        await assertSubscribeDenied(bob, subject);
      }
    });

    it("bundles are written once: no client may purge, delete or replace a stored bundle", async function () {
      this.timeout(90_000);
      const env = { WEFT_NATS_URL: url, WEFT_NATS_USER: "client", WEFT_NATS_PASSWORD: SECRETS.client };
      const first = await cli(["submit", "examples/hello.ts", "--follow"], { env });
      assert.equal(first.code, 0, describeResult(first));
      const runId = /"run":"([A-Za-z0-9_-]+)"/.exec(first.stderr)?.[1] ?? "";
      const reader = await connectClient({ nats: url, user: "client", password: SECRETS.client }, { name: "weft-e2e-probe" });
      const hash = (await readRunRecord(reader, runId))?.bundleHash ?? "";
      assert.ok(hash, "the run's record names its bundle");
      // weft's own put of other bytes under that name is refused, and stores nothing.
      await assert.rejects((await reader.objects("weft_bundles", { writeOnce: true })).put(hash, new TextEncoder().encode("export default 1;")), /written once/);
      await reader.close();
      const nc = await connect({ servers: url, user: "bob", pass: SECRETS.bob, name: "weft-e2e-probe", inboxPrefix: "_INBOX_bob" });
      try {
        const jsm = await jetstreamManager(nc);
        await assert.rejects(jsm.streams.purge("OBJ_weft_bundles"), /permission|Permissions Violation/i, "purge");
        await assert.rejects(jsm.streams.delete("OBJ_weft_bundles"), /permission|Permissions Violation/i, "delete");
        // The object store client's put of garbage under the victim's name (its metadata rolls the old one up): refused.
        const store = await new Objm(jetstream(nc)).open("weft_bundles");
        await assert.rejects(store.putBlob({ name: hash }, new TextEncoder().encode("throw new Error('planted');")));
        // A metadata published by hand, without a rollup, is stored, but the first one is the bundle.
        const planted = { name: hash, bucket: "weft_bundles", nuid: "planted", size: 1, chunks: 1, digest: "SHA-256=x", mtime: new Date().toISOString() };
        await jetstream(nc).publish(objectMetaSubject("weft_bundles", hash), new TextEncoder().encode(JSON.stringify(planted)));
      } finally {
        await nc.close();
      }
      // What a worker fetches (a new connection, no cache) is still the submitter's code...
      const fresh = await connectClient({ nats: url, user: "wa", password: SECRETS.worker }, { name: "weft-e2e-probe", privateInbox: false });
      try {
        const code = await (await fresh.objects("weft_bundles", { writeOnce: true })).get(hash);
        assert.ok(code, "the bundle is still there");
        assert.equal(createHash("sha256").update(code).digest("hex"), hash);
      } finally {
        await fresh.close();
      }
      // ...and runs.
      const again = await cli(["submit", "examples/hello.ts", "--follow"], { env });
      assert.equal(again.code, 0, describeResult(again));
      assert.equal(again.stdout, "15\n");
    });

    it("stolen worker credentials decide no run: a forged end, task failure, sink value or node value changes neither the follower's result nor the run's", async function () {
      this.timeout(90_000);
      const env = { WEFT_NATS_URL: url, WEFT_NATS_USER: "client", WEFT_NATS_PASSWORD: SECRETS.client };
      // wb stops: its credentials become those of a worker no new run is placed on.
      await stopAll([wb]);
      await waitFor(
        async () => {
          const submitted = await cli(["submit", "examples/hello.ts"], { env });
          const status = await cli(["status", submitted.stdout.trim(), "--json"], { env });
          return (JSON.parse(status.stdout) as { workers: string[] }).workers.join() === "wa";
        },
        { timeoutMs: 30_000, intervalMs: 500, message: "runs placed on wa alone once wb is gone" },
      );
      const victim = startCli(["submit", "test/fixtures/slow.ts", "--follow", "--input", '{"ms": 5000}'], { env: { ...CLEAN_ENV, ...env } });
      services.push(victim);
      await victim.waitForStderr(/waiting 5000 ms/, 30_000);
      const runId = /"run":"([A-Za-z0-9_-]+)"/.exec(victim.stderr())?.[1] ?? "";
      assert.ok(runId, victim.stderr());

      const denied: string[] = [];
      const forger = await connectNatsBus(url, { name: "weft-e2e-probe", auth: { nkeySeed: workerSeed }, onPermissionDenied: (d) => denied.push(d.subject) });
      try {
        const end = encodeMessage(pb.LogBatch, { runId, entries: [{ run: { from: "running", to: "succeeded", atMs: Date.now(), resultJson: '"forged"', workflow: "slow" } }] });
        const failure = encodeMessage(pb.LogBatch, {
          runId,
          entries: [{ task: { node: "wait", taskId: "wait", index: -1, from: "running", to: "failed", worker: "wa", attempt: 1, epoch: 0, atMs: Date.now(), error: { code: "E_USER_CODE", message: "forged", terminal: true } } }],
        });
        // Where a run's state goes (the coordinator's subject) and where it went before: refused.
        forger.publish(`weft.v1.run.${runId}.state`, end);
        forger.publish(`weft.v1.run.${runId}.log`, end);
        forger.publish("weft.v1.coord.data.wa", new Uint8Array([1]));
        forger.publish("weft.v1.coord.data", new Uint8Array([1]));
        forger.publish("weft.v1.worker.wa.data.wa", new Uint8Array([1]));
        // Its own log subject is open to it, and stored: an end or a task failure there is believed by nobody.
        await forger.publishDurable(`weft.v1.run.${runId}.log.wb`, end);
        await forger.publishDurable(`weft.v1.run.${runId}.log.wb`, failure);
        // A sink value on its own data subject reaches the coordinator (it acks it), which drops it: wb is not placed on the run.
        await sendData(forger, "weft.v1.coord.data.wb", "wa", { runId, epoch: 0, sinkValue: { node: "wait", valueJson: '"forged"' } }, { deadlineMs: 10_000 });
        // A value for the run's worker, as itself: wa takes it in (acks it) and drops it, wb is not of the run.
        await sendData(forger, "weft.v1.worker.wa.data.wb", "wb", { runId, epoch: 0, nodeValue: { node: "start", value: new TextEncoder().encode("1"), encoding: 1 } }, { deadlineMs: 10_000 });
        await waitFor(() => denied.length >= 5, { timeoutMs: 10_000, message: `denied ${denied.join(", ")}` });
        assert.deepEqual(
          denied.sort(),
          [`weft.v1.coord.data`, `weft.v1.coord.data.wa`, `weft.v1.run.${runId}.log`, `weft.v1.run.${runId}.state`, "weft.v1.worker.wa.data.wa"].sort(),
        );
      } finally {
        await forger.close();
      }
      const exit = await victim.exited;
      assert.equal(exit.code, 0, victim.stderr());
      assert.equal(victim.stdout(), '"done"\n', "the follower printed the real result");
      const status = await cli(["status", runId, "--json"], { env });
      const record = JSON.parse(status.stdout) as { state: string; result: unknown; workers: string[] };
      assert.equal(record.state, "succeeded");
      assert.equal(record.result, "done");
      assert.deepEqual(record.workers, ["wa"]);
      outputs.push({ what: "the victim's follower", text: victim.stdout() + victim.stderr() });
    });

    it("the server saw no permission violation from the coordinator or the workers", () => {
      const log = server!.log().split("\n");
      // The server logs each refusal with the connection's name and user...
      assert.ok(log.some((l) => /Publish Violation - User "wa"/.test(l) && /weft-cli/.test(l)), "the refused worker-credential clients are logged");
      // ...and none of the services nor the client user was refused anything (but the
      // worker's start subject, tried on purpose above).
      const violations = log.filter(
        (l) =>
          /Violation/i.test(l) &&
          (/weft-(coordinator|worker)/.test(l) || /User "(client|coordinator)"/.test(l)) &&
          !/Subject "weft\.v1\.worker\.wa\.start"/.test(l) &&
          !/weft-e2e-probe/.test(l),
      );
      assert.deepEqual(violations, []);
      for (const p of services) assert.ok(!/NATS denied/.test(p.stderr()), p.stderr());
    });
  });

  describe("token", () => {
    let server: Server | undefined;
    let url = "";

    before(async function () {
      this.timeout(60_000);
      server = await startServer(TOKEN_CONF, { WEFT_TEST_TOKEN: SECRETS.token });
      url = server.url;
      // The token in the URL (printed masked), and in WEFT_NATS_TOKEN.
      const coordinator = service(["coordinator", "--nats", `nats://${SECRETS.token}@127.0.0.1:${server.port}`]);
      const w = service(["worker", "--nats", url, "--name", "wt", "--slots", "2"], { WEFT_NATS_TOKEN: SECRETS.token });
      await waitForWeft(url, { token: SECRETS.token }, coordinator, { wt: w });
      assert.match(coordinator.stderr(), /active on nats:\/\/\*\*\*@127\.0\.0\.1:\d+/);
    });

    after(async () => {
      await server?.stop();
    });

    it("--token and WEFT_NATS_TOKEN: submit --follow and run --nats succeed", async () => {
      const submit = await cli(["submit", "examples/hello.ts", "--follow", "--nats", url, "--token", SECRETS.token]);
      assert.equal(submit.code, 0, describeResult(submit));
      assert.equal(submit.stdout, "15\n");
      const run = await cli(["run", "examples/hello.ts", "--nats", url], { env: { WEFT_NATS_TOKEN: SECRETS.token } });
      assert.equal(run.code, 0, describeResult(run));
      assert.equal(run.stdout, "15\n");
    });

    it("a wrong token: exit 3 'authentication failed', the token not printed", async () => {
      for (const r of [
        await cli(["runs", "--nats", url, "--token", SECRETS.wrongToken]),
        await cli(["runs", "--nats", url], { env: { WEFT_NATS_TOKEN: SECRETS.wrongToken } }),
        await cli(["runs", "--nats", `nats://${SECRETS.wrongToken}@127.0.0.1:${server!.port}`]),
      ]) {
        assert.equal(r.code, 3, describeResult(r));
        assert.match(r.stderr, /^weft: authentication failed: NATS at nats:\/\/(\*\*\*@)?127\.0\.0\.1:\d+ refused (the token|the token in the URL) /m);
      }
    });
  });

  describe("a .creds file on a server in operator (JWT) mode", () => {
    let server: Server | undefined;
    let creds = "";

    before(async function () {
      this.timeout(60_000);
      const { conf, credsText, seed } = operatorSetup();
      extraSecrets.push(seed);
      writeFileSync(join(dir, "operator.conf"), conf);
      creds = join(dir, "user.creds");
      writeFileSync(creds, credsText, { mode: 0o600 });
      server = await startServer(join(dir, "operator.conf"));
    });

    after(async () => {
      await server?.stop();
    });

    it("coordinator, worker and submit --follow with --creds / WEFT_NATS_CREDS: result 15", async () => {
      const url = server!.url;
      const coordinator = service(["coordinator", "--nats", url, "--creds", creds]);
      const w = service(["worker", "--nats", url, "--name", "wc", "--slots", "2"], { WEFT_NATS_CREDS: creds });
      const watch: NatsAuth = { creds: readFileSync(creds, "utf8") };
      await waitForWeft(url, watch, coordinator, { wc: w });
      const r = await cli(["submit", "examples/hello.ts", "--follow", "--nats", url, "--creds", creds]);
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stdout, "15\n");
      await stopAll([coordinator, w]);
    });

    it("without the creds: exit 3, authentication failed; a file that is no .creds: exit 2", async () => {
      const none = await cli(["runs", "--nats", server!.url]);
      assert.equal(none.code, 3, describeResult(none));
      assert.match(none.stderr, /authentication failed/);
      const bad = join(dir, "bad.creds");
      writeFileSync(bad, "-----BEGIN NATS USER JWT-----\nnot a jwt\n");
      const r = await cli(["runs", "--nats", server!.url, "--creds", bad]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, /--creds .*not a NATS \.creds file/);
    });
  });

  describe("TLS with a throwaway CA (openssl)", () => {
    let tls: Server | undefined;
    let mtls: Server | undefined;
    const pem = (name: string) => join(dir, "tls", name);

    before(async function () {
      this.timeout(60_000);
      if (!hasOpenssl()) this.skip();
      const t = join(dir, "tls");
      mkdirSync(t, { recursive: true });
      openssl(t, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "2", "-subj", "/CN=weft test CA"]);
      const leaf = (name: string, cn: string, ext: string) => {
        writeFileSync(join(t, `${name}.ext`), ext);
        openssl(t, ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", `${name}-key.pem`, "-out", `${name}.csr`, "-subj", `/CN=${cn}`]);
        openssl(t, ["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial", "-out", `${name}.pem`, "-days", "2", "-extfile", `${name}.ext`]);
      };
      leaf("server", "localhost", "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
      leaf("client", "weft-client", "extendedKeyUsage=clientAuth\n");
      const block = (verify: boolean) =>
        `tls {\n  cert_file: "${pem("server.pem")}"\n  key_file: "${pem("server-key.pem")}"\n  ca_file: "${pem("ca.pem")}"\n${verify ? "  verify: true\n" : ""}}\njetstream {}\n`;
      writeFileSync(join(t, "tls.conf"), block(false));
      writeFileSync(join(t, "mtls.conf"), block(true));
      tls = await startServer(join(t, "tls.conf"));
      mtls = await startServer(join(t, "mtls.conf"));
    });

    after(async () => {
      await tls?.stop();
      await mtls?.stop();
    });

    it("with --tls-ca (or WEFT_NATS_TLS_CA) the client connects; without it: exit 3, certificate not trusted", async () => {
      const ok = await cli(["runs", "--nats", tls!.url, "--tls-ca", pem("ca.pem")]);
      assert.equal(ok.code, 0, describeResult(ok));
      // By name this time: the certificate names localhost as well as 127.0.0.1.
      const viaEnv = await cli(["runs", "--nats", `nats://localhost:${tls!.port}`], { env: { WEFT_NATS_TLS_CA: pem("ca.pem") } });
      assert.equal(viaEnv.code, 0, describeResult(viaEnv));
      const without = await cli(["runs", "--nats", tls!.url]);
      assert.equal(without.code, 3, describeResult(without));
      assert.match(without.stderr, /^weft: TLS handshake with NATS at nats:\/\/127\.0\.0\.1:\d+ failed: the server's certificate is not trusted .*--tls-ca FILE/m);
      const otherCa = await cli(["runs", "--nats", tls!.url, "--tls-ca", pem("client.pem")]);
      assert.equal(otherCa.code, 3, describeResult(otherCa));
      assert.match(otherCa.stderr, /not trusted/);
    });

    it("TLS on a server without it: exit 3, says the server does not offer TLS", async function () {
      const plain = await startServer(TOKEN_CONF, { WEFT_TEST_TOKEN: SECRETS.token });
      try {
        const r = await cli(["runs", "--nats", plain.url, "--token", SECRETS.token, "--tls-ca", pem("ca.pem")]);
        assert.equal(r.code, 3, describeResult(r));
        assert.match(r.stderr, /TLS with NATS at .* failed .*does not offer TLS/);
      } finally {
        await plain.stop();
      }
    });

    it("a whole run over TLS: coordinator, worker and submit --follow with --tls-ca", async () => {
      const url = tls!.url;
      const coordinator = service(["coordinator", "--nats", url, "--tls-ca", pem("ca.pem")]);
      const w = service(["worker", "--nats", url, "--name", "wtls", "--slots", "2"], { WEFT_NATS_TLS_CA: pem("ca.pem") });
      await waitForWeft(url, { tls: { caFile: pem("ca.pem") } }, coordinator, { wtls: w });
      const r = await cli(["submit", "examples/hello.ts", "--follow", "--nats", url, "--tls-ca", pem("ca.pem")]);
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stdout, "15\n");
      await stopAll([coordinator, w]);
    });

    it("a server that verifies clients: --tls-cert/--tls-key connect; without them exit 3 naming the flags", async () => {
      const ok = await cli(["runs", "--nats", mtls!.url, "--tls-ca", pem("ca.pem"), "--tls-cert", pem("client.pem"), "--tls-key", pem("client-key.pem")]);
      assert.equal(ok.code, 0, describeResult(ok));
      const viaEnv = await cli(["runs", "--nats", mtls!.url], {
        env: { WEFT_NATS_TLS_CA: pem("ca.pem"), WEFT_NATS_TLS_CERT: pem("client.pem"), WEFT_NATS_TLS_KEY: pem("client-key.pem") },
      });
      assert.equal(viaEnv.code, 0, describeResult(viaEnv));
      const without = await cli(["runs", "--nats", mtls!.url, "--tls-ca", pem("ca.pem")]);
      assert.equal(without.code, 3, describeResult(without));
      assert.match(without.stderr, /--tls-cert FILE and --tls-key FILE/);
    });
  });

  describe("secrets", () => {
    it("no password, token or seed appears in any output of any command or service", async () => {
      await stopAll(services);
      const all = [...outputs, ...services.map((p) => ({ what: `weft ${p.args.join(" ")}`, text: p.stdout() + p.stderr() }))];
      assert.ok(all.length > 10, "the tests above ran commands");
      for (const o of all) {
        // A secret may be on the command line of course: look at what was printed.
        assertNoSecret(o.text, o.what.replace(/(pw|tok)-[0-9a-f]+/g, "$1-…"));
      }
    });
  });
});

// ---------- operator mode: JWTs signed with nkeys ----------

const b64u = (b: Uint8Array | string) => Buffer.from(b).toString("base64url");

/** A NATS JWT (v2) with `claims`, signed by `signer`. */
function jwt(claims: Record<string, unknown>, signer: ReturnType<typeof nkeys.createOperator>): string {
  const header = b64u(JSON.stringify({ typ: "JWT", alg: "ed25519-nkey" }));
  const c: Record<string, unknown> = { ...claims, iat: Math.floor(Date.now() / 1000), jti: "" };
  c.jti = createHash("sha256").update(JSON.stringify(c)).digest("hex").toUpperCase().slice(0, 52);
  const body = b64u(JSON.stringify(c));
  return `${header}.${body}.${b64u(signer.sign(new TextEncoder().encode(`${header}.${body}`)))}`;
}

/**
 * A server config in operator mode (memory resolver) with an account WEFT that may use
 * JetStream, and a .creds file of a user of it: what `nsc` would make, without nsc.
 */
function operatorSetup(): { conf: string; credsText: string; seed: string } {
  const op = nkeys.createOperator();
  const acc = nkeys.createAccount();
  const sys = nkeys.createAccount();
  const user = nkeys.createUser();
  const limits = { subs: -1, data: -1, payload: -1, imports: -1, exports: -1, wildcards: true, conn: -1, leaf: -1 };
  const opJwt = jwt({ iss: op.getPublicKey(), sub: op.getPublicKey(), name: "op", nats: { type: "operator", version: 2, system_account: sys.getPublicKey() } }, op);
  const accJwt = jwt(
    { iss: op.getPublicKey(), sub: acc.getPublicKey(), name: "WEFT", nats: { type: "account", version: 2, limits: { ...limits, mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1 } } },
    op,
  );
  const sysJwt = jwt({ iss: op.getPublicKey(), sub: sys.getPublicKey(), name: "SYS", nats: { type: "account", version: 2, limits } }, op);
  const userJwt = jwt(
    { iss: acc.getPublicKey(), sub: user.getPublicKey(), name: "weft", nats: { type: "user", version: 2, pub: {}, sub: {}, subs: -1, data: -1, payload: -1 } },
    acc,
  );
  const seed = new TextDecoder().decode(user.getSeed());
  const conf = [
    `operator: ${opJwt}`,
    `system_account: ${sys.getPublicKey()}`,
    "resolver: MEMORY",
    "resolver_preload: {",
    `  ${acc.getPublicKey()}: ${accJwt}`,
    `  ${sys.getPublicKey()}: ${sysJwt}`,
    "}",
    "jetstream {}",
    "",
  ].join("\n");
  const credsText = [
    "-----BEGIN NATS USER JWT-----",
    userJwt,
    "------END NATS USER JWT------",
    "",
    "************************* IMPORTANT *************************",
    "NKEY Seed printed below can be used to sign and prove identity.",
    "NKEYs are sensitive and should be treated as secrets.",
    "",
    "-----BEGIN USER NKEY SEED-----",
    seed,
    "------END USER NKEY SEED------",
    "",
    "*************************************************************",
    "",
  ].join("\n");
  return { conf, credsText, seed };
}

describe("maskSecrets", () => {
  it("masks a secret where it stands on its own: in a URL, quoted, at either end", () => {
    assert.equal(maskSecrets("nats://alice:s3cr3t@host:4222 refused", ["s3cr3t"]), "nats://alice:***@host:4222 refused");
    assert.equal(maskSecrets('token "tok-9!" rejected', ["tok-9!"]), 'token "***" rejected');
    assert.equal(maskSecrets("hunter2", ["hunter2"]), "***");
  });

  it("leaves words that merely contain a short secret alone (garbling them would give the secret away)", () => {
    assert.equal(maskSecrets("authentication failed: check --token", ["e", "tok"]), "authentication failed: check --token");
    assert.equal(maskSecrets("nats://e@host: authentication failed", ["e"]), "nats://***@host: authentication failed");
  });
});
