// Sessions per user from a JetStream stream of click events: a user's clicks less than GAP apart
// (event time) form one session; each closed session goes out as {user, start, end, clicks, pages}.
//   nats stream add CLICKS --subjects 'clicks.>'
//   weft deploy examples/clickstream.ts                       ->  clickstream@<version>
//   nats pub clicks.web '{"user": "ann", "page": "/", "at": 1767225600000}'
//   nats sub 'sessions.>'                                     (the sessions)
//   weft status clickstream                                   (records/s, watermark, lag, backpressure)
// Where it reads and writes is read from the environment when the file is loaded (the workers
// load it too, so give them the same): WEFT_CLICKS_STREAM (default CLICKS), WEFT_CLICKS_SUBJECT
// (default clicks.>), WEFT_SESSIONS_SUBJECT (default sessions.out), WEFT_SESSION_GAP (default 30m).
import { jetstream, session, stream, toJetStream } from "weft";

export interface Click {
  user: string;
  page: string;
  /** Event time, ms since the epoch. */
  at: number;
}

/** A session's accumulator: its clicks and the distinct pages, in first-visit order. */
export interface Visit {
  clicks: number;
  pages: string[];
}

export interface UserSession {
  user: string;
  start: number;
  end: number;
  clicks: number;
  pages: string[];
}

export const visits = {
  zero: (): Visit => ({ clicks: 0, pages: [] }),
  add: (v: Visit, c: Click): Visit => ({ clicks: v.clicks + 1, pages: v.pages.includes(c.page) ? v.pages : [...v.pages, c.page] }),
  merge: (a: Visit, b: Visit): Visit => ({ clicks: a.clicks + b.clicks, pages: [...a.pages, ...b.pages.filter((p) => !a.pages.includes(p))] }),
};

export function clickSessions(opts: { stream: string; subject: string; out: string; gap: string }) {
  return stream("clickstream", (s) =>
    s
      .source("clicks", jetstream<Click>(opts.stream, opts.subject), { timestamp: (c) => c.at, outOfOrder: "5s" })
      .filter("valid", (c) => typeof c.user === "string" && c.user !== "")
      .keyBy((c) => c.user)
      .window(session(opts.gap))
      .aggregate("sessions", visits)
      .map("summary", (r): UserSession => ({ user: r.key, start: r.start, end: r.end, clicks: r.value.clicks, pages: r.value.pages }))
      .sink("out", toJetStream(opts.out)));
}

export default clickSessions({
  stream: process.env.WEFT_CLICKS_STREAM ?? "CLICKS",
  subject: process.env.WEFT_CLICKS_SUBJECT ?? "clicks.>",
  out: process.env.WEFT_SESSIONS_SUBJECT ?? "sessions.out",
  gap: process.env.WEFT_SESSION_GAP ?? "30m",
});
