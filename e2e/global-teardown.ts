import { removeDir, stopHost } from './host';

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.CH_E2E_HOST_PID);
  if (pid) await stopHost(pid);
  const dir = process.env.CH_E2E_DATA_DIR;
  if (dir && !process.env.CH_E2E_KEEP_DATA) removeDir(dir);
}
