/**
 * Answers an express run's client that asks whether this coordinator still holds its run. An
 * express run has no record, so only the coordinator that took it can finish it: a client whose
 * run this coordinator does not know (the one that took it went away, and this one took over)
 * fails at once with E_EXPRESS_LOST instead of waiting for an end that never comes.
 */
import type { Bus, BusSubscription } from "../bus/bus.js";
import { subjects } from "../subjects.js";
import { decodeMessage, encodeMessage, pb } from "../wire/protocol.js";

export function serveExpressProbes(bus: Bus, coordinator: string, holds: (runId: string) => boolean, bad: (reason: string) => void): BusSubscription {
  return bus.subscribe(subjects.expressProbe(), (msg) => {
    const probe = decodeMessage(pb.ExpressProbe, msg.data, bad);
    if (!probe) return;
    msg.respond(encodeMessage(pb.ExpressProbeReply, { held: holds(probe.runId), coordinator }));
  });
}
