/** A TCP port free on 127.0.0.1 now (the OS picks it), for a server a bench starts. */
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}
