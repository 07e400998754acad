import { EventEmitter } from 'node:events';
import type { EventName, Events } from '../contract/api';

/** The typed events every transport forwards to the UI (IPC `on`, the browser host's WebSocket). */
export class EventBus {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(100);
  }
  emit<E extends EventName>(event: E, payload: Events[E]): void {
    this.emitter.emit(event, payload);
    this.emitter.emit('*', event, payload);
  }
  on<E extends EventName>(event: E, fn: (payload: Events[E]) => void): () => void {
    this.emitter.on(event, fn);
    return () => this.emitter.off(event, fn);
  }
  onAny(fn: (event: EventName, payload: unknown) => void): () => void {
    this.emitter.on('*', fn);
    return () => this.emitter.off('*', fn);
  }
}
