// The server as a library in a child process, with a small debug hook for the benchmark:
// on the IPC message "memory" it collects garbage and answers process.memoryUsage(), so
// memory per subscriber is measured on the live heap rather than on the noisy RSS.
// Started by server-process.mjs with --expose-gc; prints the same line as the command.
import { createServer } from '../dist/index.js';

const options = JSON.parse(process.env.PK_BENCH_OPTIONS ?? '{}');
const server = await createServer({ ...options, facilitatorToken: process.env.PARTNERKIT_FACILITATOR_TOKEN });
const { url } = await server.listen({ port: options.port, host: '127.0.0.1' });
process.stdout.write(`PartnerKit server listening on ${url}\n`);

process.on('message', (message) => {
  if (message !== 'memory') return;
  globalThis.gc?.();
  globalThis.gc?.();
  process.send({ type: 'memory', ...process.memoryUsage() });
});
const stop = () => server.close().then(() => process.exit(0), () => process.exit(1));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
