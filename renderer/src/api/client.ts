// The one typed client: api.call(method, input) resolves to the method's output or throws an
// ApiError carrying the back office's error data (code, message, details).
import type { EventName, Events, Input, Method, Output, UploadResult } from '../../../main/contract/api';
import type { AppErrorData, ErrorCode, InputProblem, Result } from '../../../main/contract/errors';
import type { ConnectionState, Transport } from './transport';

export class ApiError extends Error implements AppErrorData {
  override name = 'ApiError';
  readonly code: ErrorCode;
  readonly details?: AppErrorData['details'];
  constructor(
    data: AppErrorData,
    readonly method?: string,
  ) {
    super(data.message);
    this.code = data.code;
    this.details = data.details;
  }
  get problems(): InputProblem[] {
    return Array.isArray(this.details?.problems) ? this.details.problems : [];
  }
}

export function toAppError(e: unknown): AppErrorData {
  if (e instanceof ApiError) return { code: e.code, message: e.message, details: e.details };
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) return e as AppErrorData;
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

let transport: Transport | null = null;
const unauthorizedListeners = new Set<() => void>();

export function setTransport(t: Transport): void {
  transport = t;
}

function need(): Transport {
  if (!transport) throw new ApiError({ code: 'internal', message: 'the app is not connected to its back office' });
  return transport;
}

function unwrap<T>(r: Result<T>, method: string): T {
  if (r.ok) return r.value;
  if (r.error.code === 'unauthorized') {
    transport?.close();
    unauthorizedListeners.forEach((cb) => cb());
  }
  throw new ApiError(r.error, method);
}

export const api = {
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    return unwrap((await need().invoke(method, input)) as Result<Output<M>>, method);
  },
  /** Stages one file of an import batch (the first call returns the batchId for the next ones). */
  async upload(file: Blob, name: string, batchId?: string): Promise<UploadResult> {
    return unwrap(await need().upload(file, name, batchId), 'imports.upload');
  },
  on<E extends EventName>(event: E, cb: (payload: Events[E]) => void): () => void {
    return need().onAny((e, payload) => {
      if (e === event) cb(payload as Events[E]);
    });
  },
  onAny(cb: (event: EventName, payload: unknown) => void): () => void {
    return need().onAny(cb);
  },
  get kind(): Transport['kind'] | null {
    return transport?.kind ?? null;
  },
  connection(): ConnectionState {
    return transport?.connection() ?? 'connecting';
  },
  onConnection(cb: (s: ConnectionState) => void): () => void {
    return transport?.onConnection(cb) ?? (() => {});
  },
  /** called when the host refuses the token (it restarted with a new one) */
  onUnauthorized(cb: () => void): () => void {
    unauthorizedListeners.add(cb);
    return () => unauthorizedListeners.delete(cb);
  },
};
