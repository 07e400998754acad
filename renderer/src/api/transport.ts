// The two ways the UI reaches the back office. Both speak the same Result envelope.
import type { EventName, UploadResult } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

export interface Transport {
  readonly kind: 'desktop' | 'browser';
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  upload(file: Blob, name: string, batchId?: string): Promise<Result<UploadResult>>;
  /** every event the back office emits; returns an unsubscribe function */
  onAny(cb: (event: EventName, payload: unknown) => void): () => void;
  /** live-update channel state (the desktop shell's IPC is always open) */
  connection(): ConnectionState;
  onConnection(cb: (state: ConnectionState) => void): () => void;
  /** stops the live-update channel for good (the token was refused) */
  close(): void;
}

/** What the desktop shell's preload exposes on `window.countingHouse`. */
export interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    countingHouse?: DesktopBridge;
  }
}
