/** A run control's action, as the coordinator's table names it, on the wire. */
import { pb } from "./protocol.js";

export function controlAction(action: "cancel" | "forget" | "grow"): number {
  switch (action) {
    case "cancel":
      return pb.RunControl.Action.ACTION_CANCEL;
    case "forget":
      return pb.RunControl.Action.ACTION_FORGET;
    case "grow":
      return pb.RunControl.Action.ACTION_GROW;
  }
}
