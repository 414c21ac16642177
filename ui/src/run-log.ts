/**
 * A run's log, followed live (a hook): the gateway's Server-Sent Events of the run, kept in
 * order, with the task table built as entries arrive. The stream is closed once the run's
 * end is in it (EventSource would otherwise reconnect to an ended run forever).
 */
import { useEffect, useRef, useState } from "react";
import type { LogJson } from "./api";
import { applyEntry, type TaskTable } from "./task-table";

/** The page keeps at most this many entries for the log view (the task table takes every one in). */
export const KEEP_ENTRIES = 20_000;

export interface RunLog {
  entries: LogJson[];
  tasks: TaskTable;
  /** Bumped on every change, for React to see the (mutated) table anew. */
  version: number;
  ended: boolean;
}

export function useRunLog(runId: string): RunLog {
  const tasks = useRef<TaskTable>(new Map());
  const entries = useRef<LogJson[]>([]);
  const [version, setVersion] = useState(0);
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    tasks.current = new Map();
    entries.current = [];
    setEnded(false);
    const source = new EventSource(`/v1/runs/${encodeURIComponent(runId)}/events`);
    let pending = false;
    // Entries come in bursts: one render per animation frame at most.
    const changed = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        setVersion((v) => v + 1);
      });
    };
    source.onmessage = (ev: MessageEvent<string>) => {
      const e = JSON.parse(ev.data) as LogJson;
      applyEntry(tasks.current, e);
      entries.current.push(e);
      if (entries.current.length > KEEP_ENTRIES) entries.current.splice(0, entries.current.length - KEEP_ENTRIES);
      if (e.type === "run" && (e.to === "succeeded" || e.to === "failed" || e.to === "cancelled")) {
        source.close();
        setEnded(true);
      }
      changed();
    };
    return () => source.close();
  }, [runId]);
  return { entries: entries.current, tasks: tasks.current, version, ended };
}
