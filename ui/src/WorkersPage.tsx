/** The workers, from their heartbeats: slots, tasks running, last heartbeat. */
import { api, type WorkerRow } from "./api";
import { ms, when } from "./format";
import { usePoll } from "./use-poll";

export function WorkersPage() {
  const workers = usePoll(() => api<{ workers: WorkerRow[] }>("/v1/workers"), 1000, []);
  return (
    <div>
      <header className="page-head">
        <h1>Workers</h1>
      </header>
      {workers.error && <p className="error">{workers.error}</p>}
      {workers.data && workers.data.workers.length === 0 && <p className="muted">no worker heard yet (workers send a heartbeat every second)</p>}
      {workers.data && workers.data.workers.length > 0 && (
        <table className="workers">
          <thead>
            <tr>
              <th>worker</th>
              <th>state</th>
              <th>slots</th>
              <th>running</th>
              <th>host / pid</th>
              <th>started</th>
              <th>last heartbeat</th>
            </tr>
          </thead>
          <tbody>
            {workers.data.workers.map((w) => (
              <tr key={w.name} data-worker={w.name}>
                <td>{w.name}</td>
                <td>
                  <span className={`state state-${w.state}`}>{w.state}</span>
                </td>
                <td>{w.slots}</td>
                <td>
                  <meter min={0} max={w.slots} value={w.running} /> {w.running}
                </td>
                <td>
                  {w.host} / {w.pid}
                </td>
                <td>{when(w.started)}</td>
                <td>{ms(w.silent_ms)} ago</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
