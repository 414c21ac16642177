/**
 * The keyed event-time window operator: per key, the windows a record falls in hold a combiner's
 * accumulator; when the watermark passes a window's end the window fires (its result goes out)
 * and, once its allowed lateness has passed too, it is purged, so state per key is bounded by
 * what open windows hold. A record whose every window is past its lateness goes to the late
 * side output; a record whose timestamp is no number, or whose key JSON cannot write, becomes a
 * dead letter. State is snapshotted per key group (key-groups.ts) and restored for the groups a
 * worker owns, which is what lets a job rescale.
 */
import type { WindowResult, WindowSpec } from "../../../model/stream.js";
import type { Combiner } from "../../../model/workflow.js";
import { describeValue, type DeadLetter } from "./dead-letter.js";
import { keyGroupOf, keyText } from "./key-groups.js";
import { TimerQueue } from "./timer-queue.js";
import { NO_WATERMARK } from "./watermark.js";
import { mergeSessions, windowsFor, type Held } from "./window-assigner.js";

/** Where the operator's outputs go. */
export interface WindowEmitter {
  result(r: WindowResult<unknown, unknown>): void;
  late(record: unknown): void;
  dead(letter: DeadLetter): void;
}

interface Window extends Held<unknown> {
  fired: boolean;
}

interface KeyState {
  readonly key: unknown;
  readonly group: number;
  /** Sorted by start. */
  windows: Window[];
}

/** One key's state in a snapshot: [key text, key, windows as [start, end, acc, fired]]. */
type KeyEntry = [string, unknown, [number, number, unknown, boolean][]];

/** A snapshot of the operator: the watermark and, per key group, its keys' windows (plain JSON). */
export interface WindowSnapshot {
  watermark: number | null;
  groups: Record<string, KeyEntry[]>;
}

export interface WindowOperatorConfig {
  readonly name: string;
  readonly window: WindowSpec;
  readonly combiner: Combiner<any, any>;
  readonly allowedLatenessMs: number;
  readonly keyGroups: number;
}

export class WindowOperator {
  private readonly keys = new Map<string, KeyState>();
  private readonly timers = new TimerQueue();
  private wm = NO_WATERMARK;

  constructor(private readonly cfg: WindowOperatorConfig) {}

  get watermark(): number {
    return this.wm;
  }

  /** Keys with open windows (the state's size). */
  get keyCount(): number {
    return this.keys.size;
  }

  /**
   * Folds one record in. `text` is its key's text, and `group` its key group, when the caller
   * already has them (it routed the record by them); otherwise they are made from `key`.
   */
  add(record: unknown, t: unknown, key: unknown, out: WindowEmitter, text = keyText(key), group?: number): void {
    if (typeof t !== "number" || !Number.isFinite(t)) {
      out.dead({ stage: this.cfg.name, reason: `the timestamp function returned ${describeValue(t)}, not a time in ms`, record });
      return;
    }
    if (text === undefined) {
      out.dead({ stage: this.cfg.name, reason: `the key function returned ${describeValue(key)}, which JSON cannot write`, record });
      return;
    }
    const { combiner, window: spec } = this.cfg;
    if (spec.kind === "session") {
      const end = t + spec.gapMs;
      if (this.expired(end)) return out.late(record);
      const state = this.stateOf(text, key, group);
      const fresh = { start: t, end, acc: combiner.add(combiner.zero(), record) };
      const { sessions } = mergeSessions(state.windows, fresh, combiner.merge);
      state.windows = sessions.map((s) => ({ ...s, fired: (s as Window).fired ?? false }));
      const merged = state.windows.find((w) => w.start <= t && t < w.end) as Window;
      merged.fired = false; // a merged session fires again, whole
      this.arm(merged, text);
      if (merged.end - 1 <= this.wm) this.fire(state, merged, out);
      return;
    }
    let placed = false;
    for (const span of windowsFor(spec, t)) {
      if (this.expired(span.end)) continue;
      placed = true;
      const state = this.stateOf(text, key, group);
      let w = state.windows.find((x) => x.start === span.start);
      if (!w) {
        w = { start: span.start, end: span.end, acc: combiner.zero(), fired: false };
        state.windows.push(w);
        state.windows.sort((a, b) => a.start - b.start);
        this.arm(w, text);
      }
      w.acc = combiner.add(w.acc, record);
      // A late record within the lateness: the window fires (again) at once.
      if (w.fired || w.end - 1 <= this.wm) this.fire(state, w, out);
    }
    if (!placed) out.late(record);
  }

  /** The watermark reached `w`: windows it passed fire, those past their lateness are purged. */
  advance(w: number, out: WindowEmitter): void {
    if (w <= this.wm) return;
    this.wm = w;
    // Timer by timer, so results go out in the order of their windows' ends.
    for (const [time, texts] of this.timers.due(w)) {
      for (const text of texts) {
        const state = this.keys.get(text);
        if (!state) continue;
        for (const win of state.windows) if (!win.fired && win.end - 1 <= time) this.fire(state, win, out);
        state.windows = state.windows.filter((x) => x.end - 1 + this.cfg.allowedLatenessMs > time);
        if (state.windows.length === 0) this.keys.delete(text);
      }
    }
  }

  snapshot(): WindowSnapshot {
    return JSON.parse(this.snapshotJson()) as WindowSnapshot;
  }

  /** The snapshot as JSON text, what a checkpoint stores (written once: no copy of the state first). */
  snapshotJson(): string {
    const groups: Record<string, KeyEntry[]> = {};
    for (const [text, s] of this.keys) {
      (groups[s.group] ??= []).push([text, s.key, s.windows.map((w) => [w.start, w.end, w.acc, w.fired])]);
    }
    return JSON.stringify({ watermark: this.wm === NO_WATERMARK ? null : this.wm, groups } satisfies WindowSnapshot);
  }

  /** Restores the key groups `owns` says are this operator's (all by default), from any number of snapshots. */
  restore(snapshots: readonly WindowSnapshot[], owns: (group: number) => boolean = () => true): void {
    this.keys.clear();
    const marks = snapshots.map((s) => s.watermark ?? NO_WATERMARK);
    this.wm = marks.length ? Math.min(...marks) : NO_WATERMARK;
    for (const snap of snapshots) {
      for (const [g, entries] of Object.entries(snap.groups)) {
        const group = Number(g);
        if (!owns(group)) continue;
        for (const [text, key, windows] of entries) {
          const state: KeyState = { key, group, windows: windows.map(([start, end, acc, fired]) => ({ start, end, acc, fired })) };
          this.keys.set(text, state);
          for (const w of state.windows) this.arm(w, text);
        }
      }
    }
  }

  private stateOf(text: string, key: unknown, group: number | undefined): KeyState {
    let s = this.keys.get(text);
    if (!s) {
      s = { key, group: group ?? keyGroupOf(text, this.cfg.keyGroups), windows: [] };
      this.keys.set(text, s);
    }
    return s;
  }

  /** A window ending at `end` takes no more records: the watermark is past its end and lateness. */
  private expired(end: number): boolean {
    return end - 1 + this.cfg.allowedLatenessMs <= this.wm;
  }

  private arm(w: Window, text: string): void {
    this.timers.add(w.end - 1, text);
    if (this.cfg.allowedLatenessMs > 0) this.timers.add(w.end - 1 + this.cfg.allowedLatenessMs, text);
  }

  private fire(state: KeyState, w: Window, out: WindowEmitter): void {
    w.fired = true;
    // A window that may fire again keeps folding into its accumulator: the result takes a copy.
    const value = this.cfg.allowedLatenessMs > 0 ? structuredClone(w.acc) : w.acc;
    out.result({ key: state.key, start: w.start, end: w.end, value });
  }
}
