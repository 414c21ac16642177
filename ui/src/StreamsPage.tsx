/** The streaming jobs: each one's state, where it runs, its source's rate and its last checkpoint. */
import { api, type StreamJob } from "./api";
import { rate, watermark, when } from "./format";
import { Link } from "./router";
import { usePoll } from "./use-poll";

/** The figures a row shows: the source's rate in, and the window's (or last operator's) watermark. */
function headline(j: StreamJob) {
  const source = j.operators.find((o) => o.kind === "source");
  const window = j.operators.find((o) => o.kind === "window") ?? [...j.operators].reverse().find((o) => o.measured);
  return { in: source?.in_per_sec ?? 0, watermark: window?.watermark ?? null };
}

export function StreamsPage() {
  const streams = usePoll(() => api<{ streams: StreamJob[] }>("/v1/streams"), 2000, []);
  return (
    <div>
      <header className="page-head">
        <h1>Streaming jobs</h1>
      </header>
      {streams.error && <p className="error">{streams.error}</p>}
      {streams.data && streams.data.streams.length === 0 && <p className="muted">no streaming jobs: deploy a file that exports a stream() with `weft deploy FILE`</p>}
      {streams.data && streams.data.streams.length > 0 && (
        <table className="streams">
          <thead>
            <tr>
              <th>job</th>
              <th>state</th>
              <th>source in</th>
              <th>watermark</th>
              <th>last checkpoint</th>
              <th>epoch / workers</th>
              <th>deployed</th>
            </tr>
          </thead>
          <tbody>
            {streams.data.streams.map((j) => {
              const h = headline(j);
              return (
                <tr key={j.job} data-stream={j.job}>
                  <td>
                    <Link to={`/streams/${encodeURIComponent(j.job)}`}>{j.job}</Link>
                  </td>
                  <td>
                    <span className={`state state-${j.state}`}>{j.state}</span>
                    {j.failure && j.state !== "running" && (
                      <div className="error-cell" title={j.failure.summary} data-stream-failure={j.job}>
                        {j.failure.summary}
                      </div>
                    )}
                  </td>
                  <td>{rate(h.in)}</td>
                  <td>{watermark(h.watermark)}</td>
                  <td>{j.last_checkpoint ? `${j.last_checkpoint.id} at ${when(j.last_checkpoint.at)}` : "none"}</td>
                  <td>{j.epoch === null ? "-" : `${j.epoch} on ${j.workers.join(", ")}`}</td>
                  <td>{when(j.deployed_at)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
