// Builds nothing (the test command builds first): starts one browser host on a fresh data folder
// and hands its address to the tests through the environment.
import { freshDataDir, startHost } from './host';

export default async function globalSetup(): Promise<void> {
  const dataDir = freshDataDir('main');
  const host = await startHost(dataDir);
  // the child must not keep the runner alive on its own; globalTeardown stops it by PID
  host.child.unref();
  process.env.CH_E2E_OPEN_URL = host.openUrl;
  process.env.CH_E2E_URL = host.url;
  process.env.CH_E2E_HOST_PID = String(host.pid);
  process.env.CH_E2E_DATA_DIR = dataDir;
}
