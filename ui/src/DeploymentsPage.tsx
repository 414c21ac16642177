/** The deployments with their triggers. */
import { api, type DeploymentRow } from "./api";
import { when } from "./format";
import { Link } from "./router";
import { usePoll } from "./use-poll";

export function DeploymentsPage() {
  const deployments = usePoll(() => api<{ deployments: DeploymentRow[] }>("/v1/deployments"), 3000, []);
  return (
    <div>
      <header className="page-head">
        <h1>Deployments</h1>
      </header>
      {deployments.error && <p className="error">{deployments.error}</p>}
      {deployments.data && deployments.data.deployments.length === 0 && (
        <p className="muted">
          no deployments: deploy a workflow with `weft deploy FILE` (streaming jobs are under <Link to="/streams">Streams</Link>)
        </p>
      )}
      {deployments.data && deployments.data.deployments.length > 0 && (
        <table className="deployments">
          <thead>
            <tr>
              <th>name</th>
              <th>version</th>
              <th>workflow</th>
              <th>triggers</th>
              <th>deployed</th>
            </tr>
          </thead>
          <tbody>
            {deployments.data.deployments.map((d) => (
              <tr key={d.name} data-deployment={d.name}>
                <td>{d.name}</td>
                <td>{d.version}</td>
                <td>
                  <Link to={`/?workflow=${encodeURIComponent(d.workflow)}`}>{d.workflow}</Link>
                </td>
                <td>
                  {d.triggers.length === 0 ? <span className="muted">none (weft invoke)</span> : d.triggers.map((t, i) => <div key={i}>{t.description}</div>)}
                </td>
                <td>{when(d.deployed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
