/**
 * One server process per data directory. PGlite has no server process to keep others out,
 * and two processes writing one data directory would corrupt it, so the server takes a lock
 * file first. A lock left by a process that no longer runs (after a crash or `kill -9`) is
 * taken over; a lock held by a running process is refused with a clear message.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside the data directory. */
export const LOCK_FILE = 'partnerkit-server.lock';

/** Thrown when another running process holds the data directory. */
export class DataDirectoryLockedError extends Error {
  /** Always `DataDirectoryLockedError`. */
  override readonly name = 'DataDirectoryLockedError';
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory's lock (creating the directory when needed) and returns a
 * function that gives it back.
 *
 * @throws DataDirectoryLockedError when a running process holds it.
 */
export function lockDataDirectory(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    } catch {
      // Removed meanwhile: try again.
    }
    if (isRunning(holder)) {
      throw new DataDirectoryLockedError(
        `The data directory ${dataDir} is in use by another PartnerKit server (process ${holder}). ` +
          'Stop that server first, or choose another data directory.',
      );
    }
    // A stale lock from a process that stopped without cleaning up.
    rmSync(path, { force: true });
  }
  throw new DataDirectoryLockedError(`Could not take the lock on the data directory ${dataDir}.`);
}
