// Native dialogs. The open dialog hands back paths, which become an import batch at once: the
// renderer only ever sees the batch id and file names, never a path it could send back.
import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions } from 'electron';
import type { UploadResult } from '../contract/api';
import type { BackOffice } from '../app/backoffice';
import { withFileKinds } from '../app/batches';

export async function chooseImportFiles(bo: BackOffice, win: BrowserWindow | null, opts: { directory?: boolean } = {}): Promise<UploadResult | null> {
  const options: OpenDialogOptions = opts.directory
    ? { title: 'Choose a folder to import', buttonLabel: 'Import', properties: ['openDirectory'] }
    : {
        title: 'Choose files to import',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Shop exports (CSV, JSON)', extensions: ['csv', 'json', 'txt'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
  const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled || chosen.filePaths.length === 0) return null;
  return withFileKinds(bo.staging, bo.staging.fromPaths(chosen.filePaths));
}

/** Shows a message box and returns the label of the button the user pressed. */
export async function ask(win: BrowserWindow | null, options: MessageBoxOptions & { buttons: string[] }): Promise<string> {
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return options.buttons[response] ?? '';
}

export async function showError(win: BrowserWindow | null, message: string, detail?: string): Promise<void> {
  await ask(win, { type: 'error', title: 'Counting House', message, ...(detail ? { detail } : {}), buttons: ['OK'] });
}

export async function showInfo(win: BrowserWindow | null, message: string, detail?: string): Promise<void> {
  await ask(win, { type: 'info', title: 'Counting House', message, ...(detail ? { detail } : {}), buttons: ['OK'] });
}
