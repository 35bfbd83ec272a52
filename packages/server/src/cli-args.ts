/**
 * The command's flags and environment variables, read into server options. Flags win over
 * environment variables. The facilitator token comes only from the environment: a flag
 * would show in the process list.
 */
import { parseArgs } from 'node:util';
import type { ServerOptions } from './server.js';

/** The port used when neither `--port` nor `PORT` is given. */
export const DEFAULT_PORT = 8787;
/** The address used when `--host` is not given. */
export const DEFAULT_HOST = '127.0.0.1';
/** The data directory used when neither `--data-dir` nor `PARTNERKIT_DATA_DIR` is given. */
export const DEFAULT_DATA_DIR = './.pk-data';

/** The `--help` text. */
export const HELP = `Usage: partnerkit-server [options]

Runs the PartnerKit server: live ladder polls, pledge walls and partnering records.
Data is kept in an embedded database in a folder, or in a PostgreSQL server.

Options:
  --port <number>            Port to listen on (default ${DEFAULT_PORT}; env PORT).
  --host <address>           Address to listen on (default ${DEFAULT_HOST}).
  --data-dir <folder>        Folder for the embedded database (default ${DEFAULT_DATA_DIR};
                             env PARTNERKIT_DATA_DIR).
  --database-url <url>       Use this PostgreSQL database instead (env DATABASE_URL).
  --allowed-origins <list>   Web page origins allowed to call the server, separated by
                             commas (env PARTNERKIT_ALLOWED_ORIGINS).
  --retention-days <number>  Days pledges and records are kept (default 365;
                             env PARTNERKIT_RETENTION_DAYS).
  --help                     Show this help.

Facilitator actions need the token set in the environment variable
PARTNERKIT_FACILITATOR_TOKEN (never on the command line).
`;

/** What the command should do. */
export type CliPlan =
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'serve'; readonly port: number; readonly host: string; readonly options: ServerOptions };

function whole(text: string, name: string, min: number, max: number): number | string {
  if (!/^\d+$/.test(text)) return `${name} must be a whole number.`;
  const value = Number(text);
  if (value < min || value > max) return `${name} must be from ${min} to ${max}.`;
  return value;
}

function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Reads the command line and environment into a plan. Never throws. */
export function planFromArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliPlan {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        'allowed-origins': { type: 'string' },
        'retention-days': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: `${error instanceof Error ? error.message : String(error)}\nRun with --help to see the options.` };
  }
  if (values.help === true) return { kind: 'help' };
  const text = (name: string): string | undefined => present(values[name] as string | undefined);

  const port = whole(text('port') ?? present(env.PORT) ?? String(DEFAULT_PORT), 'The port', 0, 65_535);
  if (typeof port === 'string') return { kind: 'error', message: port };
  const retentionText = text('retention-days') ?? present(env.PARTNERKIT_RETENTION_DAYS);
  const retentionDays = retentionText === undefined ? undefined : whole(retentionText, 'The retention in days', 1, 100_000);
  if (typeof retentionDays === 'string') return { kind: 'error', message: retentionDays };
  const origins = (text('allowed-origins') ?? present(env.PARTNERKIT_ALLOWED_ORIGINS) ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  const databaseUrl = text('database-url') ?? present(env.DATABASE_URL);
  const options: ServerOptions = {
    ...(databaseUrl === undefined ? { dataDir: text('data-dir') ?? present(env.PARTNERKIT_DATA_DIR) ?? DEFAULT_DATA_DIR } : { databaseUrl }),
    facilitatorToken: present(env.PARTNERKIT_FACILITATOR_TOKEN),
    allowedOrigins: origins,
    ...(retentionDays !== undefined && { retentionDays }),
  };
  return { kind: 'serve', port, host: text('host') ?? DEFAULT_HOST, options };
}
