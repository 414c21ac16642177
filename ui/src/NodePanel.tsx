/** One node's tasks: state, attempts with worker and running time, errors with their stacks. */
import type { Failure, GraphNode, NodeCounts } from "./api";
import { ms } from "./format";
import { tasksOf, type TaskTable } from "./task-table";

/** A node with more tasks than this lists the failed ones and the first of the others. */
const SHOWN_TASKS = 200;

export function NodePanel(props: { node: GraphNode; counts: NodeCounts | undefined; tasks: TaskTable; failures: Failure[]; onClose: () => void }) {
  const { node, counts } = props;
  const all = tasksOf(props.tasks, node.name);
  const failedFirst = [...all.filter((t) => t.state === "failed"), ...all.filter((t) => t.state !== "failed")].slice(0, SHOWN_TASKS);
  // The record's failures carry the stack even when the log's entries were not seen (yet).
  const recorded = props.failures.filter((f) => f.task === node.name || f.task.startsWith(`${node.name}[`));
  return (
    <section className="panel node-panel" data-panel-node={node.name}>
      <header>
        <h2>
          {node.name} <span className="muted">{node.kind}{node.op ? ` ${node.op}` : ""}</span>
        </h2>
        <button onClick={props.onClose} aria-label="close">×</button>
      </header>
      <p className="muted">
        {counts ? `${counts.total} tasks: ${counts.succeeded} succeeded, ${counts.failed} failed, ${counts.running} running, ${counts.retries} retries, ${counts.cancelled} cancelled` : "no task yet"}
        {" · "}up to {node.max_attempts} attempt{node.max_attempts === 1 ? "" : "s"}
        {node.deps.length > 0 ? ` · after ${node.deps.join(", ")}` : ""}
      </p>
      {recorded.map((f) => (
        <div key={`${f.task}#${f.attempt}`} className="failure" data-failure={f.task}>
          <div>
            <b>{f.task}</b> failed on attempt {f.attempt} on {f.worker || "?"}: <span className="error-code">{f.code}</span> {f.message}
          </div>
          {f.stack && <pre className="stack">{f.stack}</pre>}
        </div>
      ))}
      <table className="tasks">
        <thead>
          <tr>
            <th>task</th>
            <th>state</th>
            <th>attempt</th>
            <th>worker</th>
            <th>running</th>
            <th>outcome</th>
          </tr>
        </thead>
        <tbody>
          {failedFirst.flatMap((t) =>
            (t.attempts.length ? t.attempts : [undefined]).map((a, i) => (
              <tr key={`${t.task}#${i}`} className={`task-${t.state}`}>
                <td>{i === 0 ? t.task : ""}</td>
                <td>{i === 0 ? t.state : ""}</td>
                <td>{a?.attempt ?? ""}</td>
                <td>{a?.worker ?? ""}</td>
                <td>{a?.runningMs !== undefined ? ms(a.runningMs) : a ? "…" : ""}</td>
                <td>
                  {a?.outcome}
                  {a?.error && (
                    <details className="attempt-error">
                      <summary>
                        {a.error.code}: {a.error.message}
                      </summary>
                      {a.error.stack && <pre className="stack">{a.error.stack}</pre>}
                    </details>
                  )}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {all.length > SHOWN_TASKS && <p className="muted">{all.length - SHOWN_TASKS} more tasks not shown</p>}
    </section>
  );
}
