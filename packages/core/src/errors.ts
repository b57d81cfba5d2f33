/**
 * Errors for misuse and unusable input. Each has a stable `code` and the
 * process exit status a CLI should use (2: usage or input error).
 */
export class TolmachError extends Error {
  readonly code: string
  readonly exitCode: number
  readonly file?: string
  constructor(code: string, message: string, options: {file?: string; exitCode?: number; cause?: unknown} = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause})
    this.name = 'TolmachError'
    this.code = code
    this.exitCode = options.exitCode ?? 2
    if (options.file !== undefined) this.file = options.file
  }
}
