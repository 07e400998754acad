// Errors cross every process boundary (IPC, HTTP, worker threads) as data, never as thrown
// objects: Electron keeps only an error's message across IPC, so the code and details travel here.

export type ErrorCode =
  | 'bad_request' // arguments failed validation at the boundary
  | 'unknown_method'
  | 'unauthorized'
  | 'not_found'
  | 'bad_input' // a file the user gave is malformed: file, line and field are in details
  | 'conflict'
  | 'cancelled'
  | 'interrupted' // the process running a job stopped; it can run again
  | 'busy'
  | 'too_large' // an upload over the size an import takes
  | 'unsupported' // the current shell cannot do this (e.g. a native dialog in the browser host)
  | 'internal';

export interface InputProblem {
  file: string;
  /** 1-based physical line in the file; 0 when the problem is the file as a whole */
  line: number;
  field?: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  details?: { problems?: InputProblem[]; [k: string]: unknown };
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    public code: ErrorCode,
    message: string,
    public details?: AppErrorData['details'],
  ) {
    super(message);
  }
  toData(): AppErrorData {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** A rejected input file: the message names the first problem; all problems are in details. */
export class BadInputError extends AppError {
  constructor(public problems: InputProblem[]) {
    super('bad_input', describeProblem(problems[0]) + (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''), {
      problems,
    });
  }
}

export function describeProblem(p: InputProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: field "${p.field}": ${p.message}` : `${where}: ${p.message}`;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function toErrorData(e: unknown): AppErrorData {
  if (e instanceof AppError) return e.toData();
  if (e && typeof e === 'object' && 'code' in e && 'message' in e && typeof (e as AppErrorData).code === 'string') {
    const d = e as AppErrorData;
    if (isErrorCode(d.code)) return { code: d.code, message: String(d.message), ...(d.details ? { details: d.details } : {}) };
  }
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

const CODES: ErrorCode[] = [
  'bad_request', 'unknown_method', 'unauthorized', 'not_found', 'bad_input', 'conflict', 'cancelled', 'busy', 'unsupported', 'internal',
];
function isErrorCode(c: string): c is ErrorCode {
  return (CODES as string[]).includes(c);
}
