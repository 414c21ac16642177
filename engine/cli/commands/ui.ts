/**
 * `weft ui`: serves the web view (engine/ui) until SIGINT/SIGTERM. Prints its URL on stdout
 * once listening. Anyone who reaches it can cancel runs: it listens on 127.0.0.1 unless
 * --host says otherwise.
 */
import { listenUi } from "../../ui/ui-server.js";
import { connectService, type NatsFlags } from "../connect.js";
import { untilSignal } from "../interrupt.js";
import { natsUrl, portFlag, redactUrl } from "../options.js";
import { printAnswer } from "../stdout.js";

export interface UiFlags extends NatsFlags {
  port?: string;
  host?: string;
}

const say = (line: string) => process.stderr.write(line + "\n");

export async function uiCommand(flags: UiFlags): Promise<number> {
  const listenPort = portFlag("--port", flags.port, 8090);
  const host = flags.host ?? "127.0.0.1";
  const { port: _port, host: _host, ...natsFlags } = flags;
  const bus = await connectService(natsFlags, "weft-ui", "weft ui", { privateInbox: true });
  bus.onStatus((s) => s !== "closed" && say(`weft ui: NATS ${s}`));
  let ui;
  try {
    ui = await listenUi(bus, { port: listenPort, host });
  } catch (err) {
    await bus.close().catch(() => {});
    throw err;
  }
  say(`weft ui: the web view is at ${ui.url} for ${redactUrl(natsUrl(flags.nats))}`);
  printAnswer(ui.url + "\n");
  await untilSignal();
  say("weft ui: stopping");
  await ui.close();
  await bus.close().catch(() => {});
  return 0;
}
