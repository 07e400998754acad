// The one allowlist of callable methods. Every argument is validated here, at the boundary,
// whatever the transport; every call answers {ok, value} or {ok: false, error: {code, message,
// details}} because Electron keeps only an error's message across IPC.
import { inputSchemas, type Method } from '../contract/api';
import { AppError, toErrorData, type Result } from '../contract/errors';
import type { BackOffice } from '../app/backoffice';
import { handlers as defaultHandlers, type Handler, type Handlers } from '../app/handlers';

export const methods = Object.keys(inputSchemas) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(inputSchemas, name);
}

export interface Router {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
}

/** `overrides` lets a shell supply what only it can do (the desktop's native file dialog). */
export function createRouter(bo: BackOffice, overrides: Partial<Handlers> = {}): Router {
  const table = { ...defaultHandlers, ...overrides } as Record<Method, Handler<Method>>;
  return {
    async dispatch(method, input) {
      try {
        if (!isMethod(method)) throw new AppError('unknown_method', `"${method}" is not a method`);
        const parsed = inputSchemas[method].safeParse(input ?? {});
        if (!parsed.success) {
          const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
          // the same, as data a screen can put in a person's words (which field, what limit)
          const fields = parsed.error.issues.map((i) => {
            const limits = i as { maximum?: unknown; minimum?: unknown };
            return {
              field: i.path.join('.') || 'input',
              code: i.code,
              message: i.message,
              ...(typeof limits.maximum === 'number' ? { maximum: limits.maximum } : {}),
              ...(typeof limits.minimum === 'number' ? { minimum: limits.minimum } : {}),
            };
          });
          throw new AppError('bad_request', `${method}: ${issues.join('; ')}`, { issues, fields });
        }
        const value = await table[method](bo, parsed.data as never);
        return { ok: true, value };
      } catch (e) {
        return { ok: false, error: toErrorData(e) };
      }
    },
  };
}
