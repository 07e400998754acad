import { toErrorData, type AppErrorData } from '../contract/errors';

/** SQLite's "database is locked" in words a person can act on; every other error as it is. */
export function describeError(e: unknown): AppErrorData {
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return {
      code: 'busy',
      message: 'the workspace is busy: another process (the app, or another counting-house command) is writing to it; try again when it has finished',
    };
  }
  return toErrorData(e);
}
