/**
 * One streaming job: its operator graph with each operator's figures, and the same figures as a
 * table, read again every second (each process publishes its figures every second).
 */
import { api, type StreamJob } from "./api";
import { blocked, count, ms, watermark, when } from "./format";
import { Link } from "./router";
import { operatorState, StreamGraphView, unmeasured } from "./StreamGraphView";
import { usePoll } from "./use-poll";

export function StreamPage(props: { name: string }) {
  const id = encodeURIComponent(props.name);
  const job = usePoll(() => api<StreamJob>(`/v1/streams/${id}`), 1000, [id]);
  const j = job.data;
  if (job.error && !j) return <p className="error">{job.error}</p>;
  if (!j) return <p className="muted">loading streaming job {props.name}…</p>;
  return (
    <div className="stream-page">
      <header className="run-head">
        <h1>
          <Link to="/streams">streams</Link> / {j.job}
        </h1>
        <span className={`state state-${j.state}`} data-stream-state={j.state}>
          {j.state}
        </span>
      </header>
      <p className="summary">
        deployed {when(j.deployed_at)} · {j.partitions} source partition{j.partitions === 1 ? "" : "s"}, {j.slots} window slot{j.slots === 1 ? "" : "s"} ·{" "}
        {j.epoch === null ? "not placed" : `epoch ${j.epoch} on ${j.workers.join(", ")}`}
        {j.restored_from !== null ? ` (restored from checkpoint ${j.restored_from})` : ""} · last checkpoint{" "}
        <span data-last-checkpoint={j.last_checkpoint?.id ?? ""}>{j.last_checkpoint ? `${j.last_checkpoint.id} at ${when(j.last_checkpoint.at)}` : "none"}</span>
      </p>
      {j.failure && (
        <p className={j.state === "running" ? "summary" : "error"} data-stream-failure={j.state}>
          {j.state === "running" ? `last failure, ${when(j.failure.at)}: ` : ""}
          {j.failure.summary}
        </p>
      )}
      {job.error && <p className="error">{job.error}</p>}
      <div className="graph-box">
        <StreamGraphView operators={j.operators} jobState={j.state} />
      </div>
      <table className="operators">
        <thead>
          <tr>
            <th>operator</th>
            <th>kind</th>
            <th>in/s</th>
            <th>out/s</th>
            <th>in</th>
            <th>out</th>
            <th>watermark</th>
            <th>source lag</th>
            <th>backpressure</th>
            <th>late</th>
            <th>dead letters</th>
          </tr>
        </thead>
        <tbody>
          {j.operators.map((o) => (
            <tr key={o.operator} data-operator={o.operator} data-state={operatorState(o, j.state)}>
              <td>{o.operator}</td>
              <td title={o.detail}>{o.kind}</td>
              {o.measured ? (
                <>
                  <td data-figure="in_per_sec">{o.in_per_sec}</td>
                  <td data-figure="out_per_sec">{o.kind === "sink" ? "-" : o.out_per_sec}</td>
                  <td data-figure="records_in">{count(o.records_in)}</td>
                  <td data-figure="records_out">{o.kind === "sink" ? "-" : count(o.records_out)}</td>
                  <td data-figure="watermark" title={o.watermark ?? ""}>
                    {watermark(o.watermark)}
                  </td>
                  <td data-figure="lag_ms">{o.lag_ms === null ? "-" : ms(o.lag_ms)}</td>
                  <td data-figure="backpressure" title={`${ms(o.backpressure_ms)} waited for credit in all`}>
                    {o.kind === "source" ? `${blocked(o.backpressure_ms_per_sec)} (${ms(o.backpressure_ms)})` : "-"}
                  </td>
                  <td data-figure="late_records">{o.late_records}</td>
                  <td data-figure="dead_letters">{o.dead_letters}</td>
                </>
              ) : (
                <td colSpan={9} className="muted">
                  {unmeasured(o)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Rates are per second over the last second each process published; source lag is how far the newest event time read trails the clock; backpressure is the
        share of time a source waited for credit.
      </p>
    </div>
  );
}
