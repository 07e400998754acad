import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Counting House';

/**
 * The OS user-data folder, the same one Electron's app.getPath('userData') gives, so the CLI and
 * the browser host open the desktop app's workspace. COUNTING_HOUSE_HOME overrides it.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.COUNTING_HOUSE_HOME) return path.resolve(env.COUNTING_HOUSE_HOME);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export type WorkspaceName = 'main' | 'sample';

export function workspaceFile(dataDir: string, name: WorkspaceName): string {
  return path.join(dataDir, 'workspaces', `${name}.sqlite`);
}
