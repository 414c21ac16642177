/** A run's log with filters by node, state and worker (the newest entries last). */
import { useState } from "react";
import type { LogJson } from "./api";
import { ms, time } from "./format";

/** The view shows the last this many entries that pass the filters. */
const SHOWN = 500;

function Select(props: { label: string; value: string; options: string[]; onChange: (v: string) => void }) {
  return (
    <label>
      {props.label}{" "}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} name={props.label}>
        <option value="">any</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

function line(e: LogJson): string {
  switch (e.type) {
    case "task":
      return `${e.task} ${e.from} → ${e.to}${e.worker ? ` on ${e.worker}` : ""}${e.attempt && e.attempt > 1 ? ` (attempt ${e.attempt})` : ""}${e.duration_ms ? ` after ${ms(e.duration_ms)}` : ""}${e.error ? `: ${e.error.code}: ${e.error.message}` : ""}`;
    case "run":
      return `run ${e.from} → ${e.to}${e.error ? `: ${e.error.code}: ${e.error.message}` : ""}`;
    case "log":
      return `${e.task} [${e.level}] ${e.msg}`;
    case "expanded":
      return `${e.node} expanded to ${e.count} tasks`;
    case "tasks":
      return `${e.node}[${e.first}..${e.last}] ${e.count} × pending → ${e.to}${e.worker ? ` on ${e.worker}` : ""}${e.duration_ms ? ` after ${ms(e.duration_ms)} in all` : ""}`;
  }
}

export function LogView(props: { entries: LogJson[]; nodes: string[] }) {
  const [node, setNode] = useState("");
  const [state, setState] = useState("");
  const [worker, setWorker] = useState("");
  const workers = [...new Set(props.entries.map((e) => e.worker).filter((w): w is string => !!w))].sort();
  const states = [...new Set(props.entries.filter((e) => e.type === "task" || e.type === "tasks").map((e) => e.to!))].sort();
  const shown = props.entries.filter(
    (e) =>
      (!node || e.node === node || (e.task !== undefined && (e.task === node || e.task.startsWith(`${node}[`)))) &&
      (!state || ((e.type === "task" || e.type === "tasks") && e.to === state)) &&
      (!worker || e.worker === worker),
  );
  return (
    <section className="panel log">
      <header>
        <h2>Log</h2>
        <div className="filters">
          <Select label="node" value={node} options={props.nodes} onChange={setNode} />
          <Select label="state" value={state} options={states} onChange={setState} />
          <Select label="worker" value={worker} options={workers} onChange={setWorker} />
        </div>
      </header>
      <div className="log-lines">
        {shown.length > SHOWN && <div className="muted">{shown.length - SHOWN} earlier entries not shown</div>}
        {shown.slice(-SHOWN).map((e, i) => (
          <div key={i} className={`log-line log-${e.type}${e.error ? " log-error" : ""}`} data-to={e.to}>
            <span className="t">{time(e.t)}</span> {line(e)}
          </div>
        ))}
      </div>
    </section>
  );
}
