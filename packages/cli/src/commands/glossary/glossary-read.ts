import path from 'node:path'
import {type GlossaryFile, readGlossaryFile as loadGlossaryFile} from '@tolmach/glossary'
import {usageError} from '../../errors.js'
import {localizeFinding} from '../../i18n/finding-message.js'
import type {Translate} from '../../i18n/i18n.js'

/** The glossary package's loader, its file errors and row messages worded in the interface language. */
export function readGlossaryFile(file: string, cwd: string, t: Translate): GlossaryFile {
  try {
    const read = loadGlossaryFile(file, {cwd})
    return {...read, messages: read.messages.map((m) => localizeFinding(m, t))}
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === undefined) throw error
    file = path.isAbsolute(file) ? path.relative(cwd, file) || file : file
    if (code === 'ENOENT' || code === 'ENOTDIR') throw usageError('file-not-found', t('error.notFound', {file}), file)
    if (code === 'EISDIR') throw usageError('file-is-directory', t('error.isDirectory', {file}), file)
    throw usageError('file-not-readable', t('error.notReadable', {file, reason: code}), file)
  }
}
