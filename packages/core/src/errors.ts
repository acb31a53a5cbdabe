/**
 * Typed errors of the engine. Each carries a stable `code` that the CLI prints and the API maps to
 * `userErrors[].code`; messages name the file or value at fault and what was expected.
 */
export type DestsegErrorCode =
  | 'IMAGE_UNREADABLE'
  | 'IMAGE_TOO_LARGE'
  | 'IMAGE_EMPTY'
  | 'DATASET_INVALID'
  | 'TEACHER_WEIGHTS_INVALID'
  | 'TEACHER_WEIGHTS_MISSING'
  | 'CHECKPOINT_INVALID'
  | 'BACKEND_UNAVAILABLE'
  | 'CONFIG_INVALID'
  | 'METRIC_UNDEFINED'
  | 'ONNX_PARITY_FAILED'
  | 'CANCELLED';

export class DestsegError extends Error {
  readonly code: DestsegErrorCode;

  constructor(code: DestsegErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DestsegError';
    this.code = code;
  }
}

export function isDestsegError(value: unknown): value is DestsegError {
  return value instanceof DestsegError;
}
