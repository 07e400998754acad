import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../main/testing/fixtures';

interface Choice {
  shell: 'electron' | 'browser';
  binary?: string;
  reason: string;
}
interface StartModule {
  chooseShell(o: { root: string; env?: NodeJS.ProcessEnv; argv?: string[]; platform?: NodeJS.Platform }): Choice;
  needsBuild(root: string, shell: 'electron' | 'browser'): { build: boolean; reason: string };
}
const start = (await import('./start.mjs' as string)) as StartModule;

/** A repository folder with node_modules/electron as npm leaves it here (no binary) or after a download. */
function fakeRepo({ pathTxt, binary }: { pathTxt?: string; binary?: boolean }): string {
  const root = tempDir('ch-start-');
  const pkg = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"electron"}');
  if (pathTxt) fs.writeFileSync(path.join(pkg, 'path.txt'), pathTxt);
  if (pathTxt && binary) {
    fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'dist', pathTxt), '');
  }
  return root;
}
const display = { DISPLAY: ':0' };

describe('which shell npm start runs', () => {
  it('the browser host when the Electron binary was never downloaded', () => {
    const c = start.chooseShell({ root: fakeRepo({}), env: display, platform: 'linux' });
    expect(c.shell).toBe('browser');
    expect(c.reason).toMatch(/never downloaded/);
  });

  it('the browser host when path.txt names a binary that is not there', () => {
    const c = start.chooseShell({ root: fakeRepo({ pathTxt: 'electron' }), env: display, platform: 'linux' });
    expect(c).toMatchObject({ shell: 'browser' });
    expect(c.reason).toMatch(/no Electron binary at node_modules.electron.dist.electron/);
  });

  it('the browser host when the electron package is missing altogether', () => {
    const root = tempDir('ch-start-');
    expect(start.chooseShell({ root, env: display, platform: 'linux' })).toMatchObject({ shell: 'browser' });
  });

  it('the desktop app when the binary exists', () => {
    const root = fakeRepo({ pathTxt: 'electron', binary: true });
    const c = start.chooseShell({ root, env: display, platform: 'linux' });
    expect(c).toMatchObject({ shell: 'electron', binary: path.join(root, 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('the browser host when asked, or when Linux has no display', () => {
    const root = fakeRepo({ pathTxt: 'electron', binary: true });
    expect(start.chooseShell({ root, env: display, argv: ['--browser'], platform: 'linux' }).shell).toBe('browser');
    expect(start.chooseShell({ root, env: {}, platform: 'linux' }).reason).toMatch(/no display/);
    expect(start.chooseShell({ root, env: {}, platform: 'win32' }).shell).toBe('electron');
  });

  it('this machine has no Electron binary, so it is the browser host here', () => {
    const repo = path.resolve(import.meta.dirname, '..');
    expect(start.chooseShell({ root: repo, env: display, platform: 'linux' }).shell).toBe('browser');
  });
});

describe('whether npm start builds first', () => {
  function builtRepo(): string {
    const root = tempDir('ch-start-');
    for (const f of ['main/app/x.ts', 'dist/host.js', 'dist/job-worker.js', 'dist/renderer/index.html', 'dist/electron/main.js', 'dist/preload/index.cjs']) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), '');
    }
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, 'main/app/x.ts'), old, old);
    return root;
  }

  it('builds when an output is missing', () => {
    const root = builtRepo();
    fs.rmSync(path.join(root, 'dist/renderer'), { recursive: true });
    expect(start.needsBuild(root, 'browser')).toMatchObject({ build: true, reason: expect.stringMatching(/index.html is missing/) });
  });

  it('skips the build when dist is newer than the sources, builds after a source changes', () => {
    const root = builtRepo();
    expect(start.needsBuild(root, 'electron').build).toBe(false);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'main/app/x.ts'), later, later);
    expect(start.needsBuild(root, 'electron')).toMatchObject({ build: true, reason: expect.stringMatching(/sources changed/) });
  });

  it('ignores edits to tests', () => {
    const root = builtRepo();
    const later = new Date(Date.now() + 60_000);
    fs.writeFileSync(path.join(root, 'main/app/x.test.ts'), '');
    fs.utimesSync(path.join(root, 'main/app/x.test.ts'), later, later);
    expect(start.needsBuild(root, 'browser').build).toBe(false);
  });
});
