/**
 * The `partnerkit-server` command. When it listens it prints exactly one line to standard
 * output, `PartnerKit server listening on http://HOST:PORT`; everything else goes to
 * standard error. SIGTERM or SIGINT shut it down gracefully (exit code 0).
 */
import { planFromArgs, HELP } from './cli-args.js';
import type { Logger } from './context.js';
import { createServer } from './server.js';

/** How long a graceful shutdown may take before the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 9_000;

const stderrLogger: Logger = {
  info: (message, details) => process.stderr.write(`${JSON.stringify({ level: 'info', message, ...details })}\n`),
  warn: (message, details) => process.stderr.write(`${JSON.stringify({ level: 'warn', message, ...details })}\n`),
  error: (message, details) => process.stderr.write(`${JSON.stringify({ level: 'error', message, ...details })}\n`),
};

async function main(): Promise<void> {
  const plan = planFromArgs(process.argv.slice(2), process.env);
  if (plan.kind === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (plan.kind === 'error') {
    process.stderr.write(`${plan.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (plan.options.facilitatorToken === undefined) {
    stderrLogger.warn(
      'PARTNERKIT_FACILITATOR_TOKEN is not set: facilitator actions (creating, closing, revealing polls) will be refused. Set it to a long random secret.',
    );
  }
  const server = await createServer({ ...plan.options, logger: stderrLogger });
  const { url } = await server.listen({ port: plan.port, host: plan.host });
  process.stdout.write(`PartnerKit server listening on ${url}\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    stderrLogger.info('Shutting down.', { signal });
    setTimeout(() => {
      stderrLogger.error('Shutdown took too long; exiting.');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        stderrLogger.error('Shutdown failed.', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`PartnerKit server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
