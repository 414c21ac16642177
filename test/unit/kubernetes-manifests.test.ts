/**
 * The Kubernetes manifests of deploy/kubernetes/ (docs/kubernetes.md): every YAML document
 * parses, each object is valid against the Kubernetes and KEDA schemas (kubernetes-models), and
 * they fit together: the ScaledObject scales a Deployment that exists on the metric the
 * coordinator serves, Services select pods and ports that exist, secrets are the documented
 * ones, every command is a weft command with flags weft has, and the NATS role file is the
 * tested one of docs/security.md (a shared worker user aside), accepted by nats-server.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { ConfigMap, EnvVar, Service, Volume, VolumeMount } from "kubernetes-models/v1";
import { ScaledObject } from "@kubernetes-models/keda/keda.sh/v1alpha1";
import { NatsServerProcess } from "../../engine/internal.js";
import { REPO_ROOT } from "../helpers/cli.js";

const DIR = join(REPO_ROOT, "deploy", "kubernetes");
type Obj = Record<string, unknown> & { apiVersion?: string; kind?: string; metadata?: { name?: string } };

/** The documents of one YAML file; a syntax error throws, naming the file. */
function documentsOf(file: string): Obj[] {
  const docs = parseAllDocuments(readFileSync(join(DIR, file), "utf8"));
  return docs.map((d, i) => {
    if (d.errors.length) throw new Error(`${file} document ${i + 1}: ${d.errors.map((e) => e.message).join("; ")}`);
    return d.toJS() as Obj;
  });
}

/** Every Kubernetes object of deploy/kubernetes (the Helm values file is not one). */
function manifests(): Obj[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".yaml") && f !== "nats-values.yaml")
    .sort()
    .flatMap(documentsOf);
}

const MODELS: Record<string, (o: Obj) => { validate(): void }> = {
  "apps/v1 Deployment": (o) => new Deployment(o as never),
  "v1 Service": (o) => new Service(o as never),
  "v1 ConfigMap": (o) => new ConfigMap(o as never),
  "keda.sh/v1alpha1 ScaledObject": (o) => new ScaledObject(o as never),
};

/** The keys of the Secret weft-nats-users, as docs/kubernetes.md creates it. */
function documentedSecretKeys(): Set<string> {
  const doc = readFileSync(join(REPO_ROOT, "docs", "kubernetes.md"), "utf8");
  return new Set([...doc.matchAll(/--from-literal=([a-z-]+)=/g)].map((m) => m[1]!));
}

/** Flags weft's CLI defines (engine/cli/main.ts). */
function cliFlags(): Set<string> {
  const main = readFileSync(join(REPO_ROOT, "engine", "cli", "main.ts"), "utf8");
  return new Set([...main.matchAll(/Option\("(--[a-z-]+)/gi)].map((m) => m[1]!));
}

const WEFT_COMMANDS = new Set(["coordinator", "worker", "gateway", "ui"]);

type Container = { name: string; args?: string[]; env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[]; ports?: { name?: string; containerPort: number }[] };
type DeploymentObj = Obj & { spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } } } };

/** Every problem with a set of objects: schema errors, then the ways they do not fit together. */
function problems(objects: Obj[]): string[] {
  const out: string[] = [];
  const name = (o: Obj) => `${o.kind ?? "?"} ${o.metadata?.name ?? "?"}`;
  for (const o of objects) {
    const model = MODELS[`${o.apiVersion} ${o.kind}`];
    if (!model) {
      out.push(`${name(o)}: no schema for ${o.apiVersion} ${o.kind}`);
      continue;
    }
    try {
      model(o).validate();
    } catch (err) {
      out.push(`${name(o)}: ${(err as Error).message}`);
    }
  }
  const deployments = objects.filter((o): o is DeploymentObj => o.kind === "Deployment");
  const secretKeys = documentedSecretKeys();
  const flags = cliFlags();
  for (const d of deployments) {
    const labels = d.spec?.template?.metadata?.labels ?? {};
    for (const [k, v] of Object.entries(d.spec?.selector?.matchLabels ?? {})) {
      if (labels[k] !== v) out.push(`${name(d)}: its selector ${k}=${v} does not match its pods' labels`);
    }
    for (const c of d.spec?.template?.spec?.containers ?? []) {
      const [command, ...rest] = c.args ?? [];
      if (!command || !WEFT_COMMANDS.has(command)) out.push(`${name(d)}: container ${c.name} runs "${command}", not a weft service command`);
      for (const flag of rest.filter((a) => a.startsWith("--"))) {
        if (!flags.has(flag)) out.push(`${name(d)}: weft has no flag ${flag}`);
      }
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref && (ref.name !== "weft-nats-users" || !secretKeys.has(ref.key))) {
          out.push(`${name(d)}: ${e.name} reads ${ref.name}/${ref.key}, not a key of weft-nats-users that docs/kubernetes.md creates`);
        }
      }
    }
  }
  for (const s of objects.filter((o) => o.kind === "Service") as (Obj & { spec: { selector: Record<string, string>; ports: { targetPort?: string | number }[] } })[]) {
    const selected = deployments.filter((d) => Object.entries(s.spec?.selector ?? {}).every(([k, v]) => d.spec?.template?.metadata?.labels?.[k] === v));
    if (selected.length === 0) out.push(`${name(s)}: selects no pods of these Deployments`);
    for (const p of s.spec?.ports ?? []) {
      const named = selected.some((d) => (d.spec?.template?.spec?.containers ?? []).some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort || cp.containerPort === p.targetPort)));
      if (!named) out.push(`${name(s)}: target port ${String(p.targetPort)} is no port of the pods it selects`);
    }
  }
  for (const so of objects.filter((o) => o.kind === "ScaledObject") as (Obj & { spec: { scaleTargetRef: { name: string }; minReplicaCount?: number; triggers: { type: string; metadata: Record<string, string> }[] } })[]) {
    if (!deployments.some((d) => d.metadata?.name === so.spec?.scaleTargetRef?.name)) out.push(`${name(so)}: scales "${so.spec?.scaleTargetRef?.name}", which is no Deployment here`);
    if (so.spec?.minReplicaCount !== 0) out.push(`${name(so)}: does not scale to zero (minReplicaCount ${so.spec?.minReplicaCount})`);
    const query = so.spec?.triggers?.find((t) => t.type === "prometheus")?.metadata?.query ?? "";
    const metric = /weft_[a-z_]+/.exec(query)?.[0] ?? "";
    const served = readFileSync(join(REPO_ROOT, "engine", "observability", "coordinator-metrics.ts"), "utf8");
    if (!metric || !served.includes(`name: "${metric}"`)) out.push(`${name(so)}: its query (${query}) reads no metric the coordinator serves`);
  }
  return out;
}

/** A role block (`NAME = { ... }`) of a NATS configuration text. */
function roleBlock(conf: string, role: string): string {
  const m = new RegExp(`^ *${role} = \\{\\n[\\s\\S]*?^ *\\}\\n`, "m").exec(conf);
  assert.ok(m, `no block ${role}`);
  return m[0].replace(/^ {4}/gm, "");
}

describe("deploy/kubernetes manifests (docs/kubernetes.md)", () => {
  it("every YAML document parses, and each object is valid against the Kubernetes and KEDA schemas and fits the others", () => {
    const objects = manifests();
    const kinds = objects.map((o) => o.kind).sort();
    for (const k of ["ConfigMap", "Deployment", "ScaledObject", "Service"]) assert.ok(kinds.includes(k), `a ${k} is among ${kinds.join(", ")}`);
    assert.deepEqual(problems(objects), []);
  });

  it("the coordinator runs with a standby, the workers scale from zero on weft_demand_tasks, one per worker's slots", () => {
    const objects = manifests() as (Obj & { spec: Record<string, unknown> })[];
    const coordinator = objects.find((o) => o.metadata?.name === "weft-coordinator");
    assert.equal(coordinator?.spec.replicas, 2);
    type Trigger = { metricType?: string; metadata: { query: string; threshold: string; activationThreshold?: string } };
    const scaled = objects.find((o) => o.kind === "ScaledObject") as unknown as { spec: { scaleTargetRef: { name: string }; minReplicaCount: number; triggers: Trigger[] } };
    assert.equal(scaled.spec.scaleTargetRef.name, "weft-worker");
    assert.equal(scaled.spec.minReplicaCount, 0);
    const trigger = scaled.spec.triggers[0]!;
    assert.equal(trigger.metricType, "AverageValue");
    assert.equal(trigger.metadata.query, "sum(weft_demand_tasks)");
    assert.equal(trigger.metadata.activationThreshold, "0");
    // One worker per its --slots tasks: the target is the worker Deployment's --slots.
    const worker = objects.find((o) => o.metadata?.name === "weft-worker" && o.kind === "Deployment") as unknown as {
      spec: { template: { spec: { containers: { args: string[] }[] } } };
    };
    const args = worker.spec.template.spec.containers[0]!.args;
    assert.equal(trigger.metadata.threshold, args[args.indexOf("--slots") + 1]);
  });

  it("a broken manifest is caught: a wrong type, a missing field, an unknown kind, a wrong reference", () => {
    const good = manifests();
    const broken = (change: (objects: Obj[]) => void): string[] => {
      const copy = structuredClone(good);
      change(copy);
      return problems(copy);
    };
    const find = (objects: Obj[], kind: string, n: string) => objects.find((o) => o.kind === kind && o.metadata?.name === n) as unknown as Record<string, Record<string, unknown>>;
    assert.match(broken((o) => (find(o, "Deployment", "weft-worker").spec!.replicas = "two")).join("\n"), /Deployment weft-worker: .*replicas must be integer/);
    assert.match(
      broken((o) => delete (find(o, "Deployment", "weft-coordinator").spec!.template as { spec: Record<string, unknown> }).spec.containers).join("\n"),
      /Deployment weft-coordinator: .*must have required property containers/,
    );
    assert.match(broken((o) => (find(o, "ScaledObject", "weft-worker").spec!.minReplicaCount = "zero")).join("\n"), /ScaledObject weft-worker: .*minReplicaCount must be integer/);
    assert.match(broken((o) => (find(o, "ScaledObject", "weft-worker").spec!.scaleTargetRef = { name: "weft-wroker" })).join("\n"), /scales "weft-wroker", which is no Deployment/);
    assert.match(broken((o) => (find(o, "Service", "weft-gateway").spec!.selector = { app: "nope" })).join("\n"), /Service weft-gateway: selects no pods/);
    assert.match(broken((o) => o.push({ apiVersion: "apps/v1", kind: "StatefulSett", metadata: { name: "x" } })).join("\n"), /no schema for apps\/v1 StatefulSett/);
    assert.match(
      broken((o) => ((find(o, "Deployment", "weft-worker").spec!.template as { spec: { containers: Container[] } }).spec.containers[0]!.args = ["worker", "--slot", "4"])).join("\n"),
      /weft has no flag --slot/,
    );
  });

  it("nats-values.yaml: JetStream on, a 3-server cluster, the role file mounted where it is included, secrets that exist", () => {
    const [values] = documentsOf("nats-values.yaml") as [
      {
        config: { cluster: { enabled: boolean; replicas: number }; jetstream: { enabled: boolean }; merge: Record<string, string> };
        container: { env: Record<string, { valueFrom: { secretKeyRef: { name: string; key: string } } }>; patch: { value: unknown }[] };
        podTemplate: { patch: { value: unknown }[] };
      },
    ];
    assert.equal(values.config.jetstream.enabled, true);
    assert.equal(values.config.cluster.enabled, true);
    assert.equal(values.config.cluster.replicas, 3);
    const mount = values.container.patch[0]!.value as { name: string; mountPath: string };
    const volume = values.podTemplate.patch[0]!.value as { name: string; configMap: { name: string } };
    new VolumeMount(mount).validate();
    new Volume(volume as never).validate();
    assert.equal(mount.name, volume.name);
    // The chart's config lives in /etc/nats-config; the include is relative to it.
    assert.equal(join("/etc/nats-config", values.config.merge.$include!), join(mount.mountPath, "weft-roles.conf"));
    const roles = manifests().find((o) => o.kind === "ConfigMap" && o.metadata?.name === volume.configMap.name) as { data: Record<string, string> } | undefined;
    assert.ok(roles?.data["weft-roles.conf"], `the ConfigMap ${volume.configMap.name} holds weft-roles.conf`);
    const keys = documentedSecretKeys();
    for (const [env, v] of Object.entries(values.container.env)) {
      new EnvVar({ name: env, ...v }).validate();
      assert.ok(keys.has(v.valueFrom.secretKeyRef.key), `${env}: key ${v.valueFrom.secretKeyRef.key} is created in docs/kubernetes.md`);
      assert.ok(roles.data["weft-roles.conf"].includes(`$${env}`), `the role file uses ${env}`);
    }
  });

  it("the role file is docs/security.md's (test/fixtures/nats-roles.conf) with one worker user for all workers, and nats-server accepts it", function () {
    const roles = (manifests().find((o) => o.kind === "ConfigMap" && o.metadata?.name === "weft-nats-roles") as unknown as { data: Record<string, string> }).data["weft-roles.conf"]!;
    const fixture = readFileSync(join(REPO_ROOT, "test", "fixtures", "nats-roles.conf"), "utf8");
    for (const role of ["COORDINATOR", "CLIENT", "ADMIN"]) assert.equal(roleBlock(roles, role), roleBlock(fixture, role), role);
    const shared = roleBlock(fixture, "WORKER_WA").replace("WORKER_WA = {", "WORKER = {").replaceAll(".wa.", ".*.").replaceAll('.wa"', '.*"');
    assert.equal(roleBlock(roles, "WORKER"), shared);
    const binary = NatsServerProcess.findBinary();
    if (!binary) this.skip();
    const dir = mkdtempSync(join(tmpdir(), "weft-k8s-roles-"));
    try {
      writeFileSync(join(dir, "weft-roles.conf"), roles);
      writeFileSync(join(dir, "nats.conf"), "jetstream {}\ninclude ./weft-roles.conf\n");
      const env = { ...process.env, WEFT_COORDINATOR_PASSWORD: "a", WEFT_WORKER_PASSWORD: "b", WEFT_CLIENT_PASSWORD: "c", WEFT_ADMIN_PASSWORD: "d" };
      const r = spawnSync(binary, ["-t", "-c", join(dir, "nats.conf")], { env, encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr + r.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
