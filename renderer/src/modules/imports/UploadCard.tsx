// Drop files or a whole folder, or choose them; in the desktop shell, also the system dialog.
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconFolderOpen, IconUpload, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { api, toAppError } from '../../api/client';
import { useApi } from '../../api/hooks';
import { addFiles, adoptDialogBatch } from './session';

export function UploadCard({ busy }: { busy: boolean }) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const info = useApi('app.info', {});
  const [dialogBusy, setDialogBusy] = useState(false);

  const fromInput = (el: HTMLInputElement) => {
    const list = el.files ? Array.from(el.files) : [];
    el.value = '';
    addFiles(list);
  };

  const systemDialog = async (directory: boolean) => {
    setDialogBusy(true);
    try {
      const r = await api.call('dialog.openImportFiles', { directory });
      if (r) adoptDialogBatch(r);
    } catch (e) {
      const err = toAppError(e);
      notifications.show({ color: 'red', title: `The file dialog failed (${err.code})`, message: err.message });
    } finally {
      setDialogBusy(false);
    }
  };

  return (
    <Card padding="md">
      <Dropzone
        onDrop={(files) => addFiles(files)}
        activateOnClick={false}
        activateOnKeyboard={false}
        disabled={busy}
        radius="md"
        aria-label="Drop files or a folder to import"
        data-testid="import-dropzone"
      >
        <Stack align="center" gap="xs" py="lg" style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={44} stroke={1.4} color="var(--mantine-color-indigo-6)" />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={44} stroke={1.4} color="var(--mantine-color-red-6)" />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileUpload size={44} stroke={1.4} color="var(--mantine-color-dimmed)" />
          </Dropzone.Idle>
          <Text size="lg" fw={500} ta="center">
            Drop files here, or a whole Olist folder
          </Text>
          <Text size="sm" c="dimmed" ta="center" maw={560}>
            Olist CSV files (all 8 together), UCI Online Retail CSV, Shopify order exports (JSON): .csv, .json and .txt files. Files are
            uploaded one by one to this computer's staging area, then checked completely before anything is written.
          </Text>
        </Stack>
      </Dropzone>
      <Group justify="center" mt="md" gap="sm">
        <Button leftSection={<IconFileUpload size={16} />} onClick={() => filesInput.current?.click()} disabled={busy} data-testid="import-choose-files">
          Choose files
        </Button>
        <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => folderInput.current?.click()} disabled={busy}>
          Choose a folder
        </Button>
        {info.data?.nativeFileDialog ? (
          <>
            <Button variant="default" onClick={() => void systemDialog(false)} loading={dialogBusy} disabled={busy} data-testid="import-system-dialog">
              Choose with system dialog…
            </Button>
            <Button variant="subtle" onClick={() => void systemDialog(true)} disabled={busy || dialogBusy}>
              Folder with system dialog…
            </Button>
          </>
        ) : null}
      </Group>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        accept=".csv,.json,.txt,text/csv,application/json,text/plain"
        data-testid="import-file-input"
        aria-label="Files to import"
        onChange={(e) => fromInput(e.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        {...({ webkitdirectory: '', directory: '' } as Record<string, string>)}
        onChange={(e) => fromInput(e.currentTarget)}
      />
    </Card>
  );
}
