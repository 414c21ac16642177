/** Every run, newest first, live, filtered by state and workflow (kept in the address: ?state=&workflow=). */
import { api, RUN_STATES, type RunRow } from "./api";
import { runDuration, when } from "./format";
import { Link, navigate } from "./router";
import { usePoll } from "./use-poll";

export function RunsPage(props: { state: string; workflow: string }) {
  const q = new URLSearchParams();
  if (props.state) q.set("state", props.state);
  if (props.workflow) q.set("workflow", props.workflow);
  const runs = usePoll(() => api<{ runs: RunRow[]; workflows: string[] }>(`/v1/runs?${q}`), 1500, [q.toString()]);
  const filter = (key: "state" | "workflow", value: string) => {
    const next = new URLSearchParams(q);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/${next.size ? `?${next}` : ""}`);
  };
  return (
    <div>
      <header className="page-head">
        <h1>Runs</h1>
        <div className="filters">
          <label>
            state{" "}
            <select name="state" value={props.state} onChange={(e) => filter("state", e.target.value)}>
              <option value="">any</option>
              {RUN_STATES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label>
            workflow{" "}
            <select name="workflow" value={props.workflow} onChange={(e) => filter("workflow", e.target.value)}>
              <option value="">any</option>
              {(runs.data?.workflows ?? (props.workflow ? [props.workflow] : [])).map((w) => (
                <option key={w}>{w}</option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {runs.error && <p className="error">{runs.error}</p>}
      {runs.data && runs.data.runs.length === 0 && <p className="muted">no runs{q.size ? " match" : " yet: submit one with `weft submit FILE`"}</p>}
      {runs.data && runs.data.runs.length > 0 && (
        <table className="runs">
          <thead>
            <tr>
              <th>run</th>
              <th>workflow</th>
              <th>state</th>
              <th>tasks</th>
              <th>submitted</th>
              <th>duration</th>
              <th>deployment</th>
              <th>error</th>
            </tr>
          </thead>
          <tbody>
            {runs.data.runs.map((r) => (
              <tr key={r.run} data-run={r.run}>
                <td>
                  <Link to={`/runs/${encodeURIComponent(r.run)}`}>{r.run}</Link>
                </td>
                <td>{r.workflow}</td>
                <td>
                  <span className={`state state-${r.state}`}>{r.state}</span>
                </td>
                <td>
                  {r.tasks_done}/{r.tasks_total}
                </td>
                <td>{when(r.submitted)}</td>
                <td>{runDuration(r.submitted, r.ended)}</td>
                <td>{r.deployment ? `${r.deployment}${r.trigger ? ` (${r.trigger})` : ""}` : ""}</td>
                <td className="error-cell">{r.error ? `${r.error.code}: ${r.error.message}` : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
