/** One run: its graph with live counts, the selected node's tasks, the log, and a cancel button. */
import { useState } from "react";
import { api, isEnded, type RunGraph, type RunStatus } from "./api";
import { bytes, runDuration, when } from "./format";
import { GraphView } from "./GraphView";
import { LogView } from "./LogView";
import { NodePanel } from "./NodePanel";
import { useRunLog } from "./run-log";
import { usePoll } from "./use-poll";
import { Link, navigate } from "./router";

export function RunPage(props: { runId: string; node: string | undefined }) {
  const id = encodeURIComponent(props.runId);
  const [ended, setEnded] = useState(false);
  // The record is written at most every 250 ms while the run goes on: read it about as often.
  const status = usePoll(() => api<RunStatus>(`/v1/runs/${id}`), 700, [id], !ended);
  const graph = usePoll(() => api<RunGraph>(`/v1/runs/${id}/graph`), 0, [id], false);
  const log = useRunLog(props.runId);
  const [cancelError, setCancelError] = useState<string | undefined>();
  const s = status.data;
  if (s && isEnded(s.state) && !ended) setEnded(true);
  if (status.error && !s) return <p className="error">{status.error}</p>;
  if (!s || !graph.data) return <p className="muted">loading run {props.runId}…</p>;
  const select = (node: string | undefined) => navigate(`/runs/${id}${node ? `?node=${encodeURIComponent(node)}` : ""}`);
  const selected = graph.data.nodes.find((n) => n.name === props.node);
  const cancel = async () => {
    setCancelError(undefined);
    try {
      await api(`/v1/runs/${id}/cancel`, { method: "POST" });
    } catch (err) {
      setCancelError((err as Error).message);
    }
  };
  return (
    <div className="run-page">
      <header className="run-head">
        <h1>
          <Link to="/">runs</Link> / {s.run}
        </h1>
        <span className={`state state-${s.state}`} data-run-state={s.state}>
          {s.state}
        </span>
        {!isEnded(s.state) && (
          <button className="cancel" onClick={() => void cancel()}>
            Cancel run
          </button>
        )}
      </header>
      <p className="summary">
        <b>{s.workflow}</b>
        {s.deployment ? ` (deployment ${s.deployment}@${s.version}${s.trigger ? `, ${s.trigger.kind} event ${s.trigger.event_id}` : ""})` : ""} · submitted {when(s.submitted)} ·{" "}
        {runDuration(s.submitted, s.ended)} · {s.tasks_done}/{s.tasks_total} tasks · workers {s.workers.join(", ") || "-"} · data {bytes(s.data.local_bytes)} in memory,{" "}
        {bytes(s.data.nats_bytes)} over NATS ({s.data.nats_msgs} messages)
      </p>
      {cancelError && <p className="error">cancel: {cancelError}</p>}
      {status.error && <p className="error">{status.error}</p>}
      {s.error && (
        <p className="error run-error">
          {s.error.code}: {s.error.message}
        </p>
      )}
      {s.result !== null && s.state === "succeeded" && <pre className="result">{JSON.stringify(s.result, null, 2)}</pre>}
      <div className="graph-box">
        <GraphView
          nodes={graph.data.nodes}
          counts={s.nodes}
          edges={s.edges}
          selected={props.node}
          ended={isEnded(s.state)}
          onSelect={(n) => select(n === props.node ? undefined : n)}
        />
      </div>
      {selected && (
        <NodePanel
          node={selected}
          counts={s.nodes.find((c) => c.node === selected.name)}
          tasks={log.tasks}
          failures={s.failures}
          onClose={() => select(undefined)}
        />
      )}
      <LogView entries={log.entries} nodes={graph.data.nodes.map((n) => n.name)} />
    </div>
  );
}
