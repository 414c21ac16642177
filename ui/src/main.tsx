/** The web view of `weft ui`: runs, a run's graph and log, workers, deployments, streaming jobs. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DeploymentsPage } from "./DeploymentsPage";
import { Link, useLocation } from "./router";
import { RunPage } from "./RunPage";
import { RunsPage } from "./RunsPage";
import { StreamPage } from "./StreamPage";
import { StreamsPage } from "./StreamsPage";
import { WorkersPage } from "./WorkersPage";
import "./style.css";

function Page() {
  const url = useLocation();
  const run = /^\/runs\/([^/]+)$/.exec(url.pathname);
  if (run) return <RunPage runId={decodeURIComponent(run[1]!)} node={url.searchParams.get("node") ?? undefined} />;
  const stream = /^\/streams\/([^/]+)$/.exec(url.pathname);
  if (stream) return <StreamPage name={decodeURIComponent(stream[1]!)} />;
  if (url.pathname === "/streams") return <StreamsPage />;
  if (url.pathname === "/workers") return <WorkersPage />;
  if (url.pathname === "/deployments") return <DeploymentsPage />;
  return <RunsPage state={url.searchParams.get("state") ?? ""} workflow={url.searchParams.get("workflow") ?? ""} />;
}

function App() {
  const url = useLocation();
  const tab = (to: string, label: string, on: boolean) => (
    <Link to={to} className={on ? "tab on" : "tab"}>
      {label}
    </Link>
  );
  return (
    <>
      <nav className="top">
        <span className="brand">weft</span>
        {tab("/", "Runs", url.pathname === "/" || url.pathname.startsWith("/runs/"))}
        {tab("/workers", "Workers", url.pathname === "/workers")}
        {tab("/deployments", "Deployments", url.pathname === "/deployments")}
        {tab("/streams", "Streams", url.pathname === "/streams" || url.pathname.startsWith("/streams/"))}
      </nav>
      <main>
        <Page />
      </main>
    </>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
