// weft from code: run examples/hello.ts and await its typed result, then watch a run's events.
//   node --import tsx examples/client.ts             (a private stack, as `weft run` starts)
//   WEFT_NATS_URL=nats://127.0.0.1:4222 node --import tsx examples/client.ts   (a running weft)
import { connect, startLocal } from "weft-engine/client";
import hello from "./hello.js";

const weft = process.env.WEFT_NATS_URL ? await connect() : await startLocal({ workers: 2 });
try {
  const sum = await weft.run(hello, { n: 4 }); // sum: number, from hello's end node
  console.log(`sum of 4: ${sum}`);

  const run = await weft.submit(hello, { n: 5 });
  for await (const e of run.events()) {
    if (e.type === "task" && e.to === "succeeded") console.log(`${e.node} succeeded on ${e.worker}`);
  }
  const status = await run.status();
  console.log(`run ${run.id}: ${status.state}, ${status.tasksDone}/${status.tasksTotal} tasks, result ${await run.result()}`);

  await weft.run(hello, { n: "five" } as never).catch((err: Error & { code?: string }) => console.log(`a bad input: ${err.code}`));
} finally {
  await weft.close(); // a weft of startLocal: also stops its workers, coordinator and nats-server
}
