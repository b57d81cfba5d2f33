import {formatPlace, type Point, TolmachError} from '@tolmach/core'
import type {Translate} from './i18n/i18n.js'

/** Process exit statuses: the contract scripts and CI rely on. */
export const exitCodes = {ok: 0, findings: 1, usage: 2} as const

/** A usage or input error whose message is already translated. */
export function usageError(code: string, message: string, file?: string): TolmachError {
  return new TolmachError(code, message, file === undefined ? {} : {file})
}

/**
 * The one line printed for an error. Known errors print their message only;
 * anything else is a bug, so it says how to see the stack instead of
 * dumping it on a translator.
 */
export function describeError(error: unknown, t: Translate, debug: boolean): {text: string; exitCode: number} {
  // The segmenter's MarkdownDepthError, recognised by code so that this module does not load the segmenter.
  if (error instanceof TolmachError && error.code === 'markdown-too-deep' && !debug) {
    const {point, limit} = error as TolmachError & {point: Point; limit: number}
    return {text: t('deepMarkdown.tooDeep', {file: formatPlace(error.file, undefined), line: point.line, column: point.column, count: limit}), exitCode: error.exitCode}
  }
  if (error instanceof TolmachError) {
    return {text: debug && error.stack ? error.stack : error.message, exitCode: error.exitCode}
  }
  const message = error instanceof Error ? error.message : String(error)
  if (debug && error instanceof Error && error.stack) return {text: error.stack, exitCode: 70}
  return {text: t('error.unexpected', {message}), exitCode: 70}
}
