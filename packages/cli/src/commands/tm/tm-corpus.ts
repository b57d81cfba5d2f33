import type {Finding} from '@tolmach/core'
import type {EntryInput} from '@tolmach/memory'
import type {CommandContext} from '../../context.js'
import {reportFindings} from '../../io/findings.js'
import {readInputFile} from '../../io/read-input.js'
import {openCliMemory} from './tm-open.js'
import {readPairsFile} from './tm-read.js'

/** `corpus build --tm T`: the approved pairs just written as TMX go into the memory, in one transaction. */
export async function addCorpusToMemory(tmxFiles: readonly string[], tm: string, ctx: CommandContext): Promise<void> {
  const entries: EntryInput[] = []
  const findings: Finding[] = []
  for (const file of tmxFiles) {
    const read = await readPairsFile(file, readInputFile(file, ctx.io.cwd, ctx.t).text, {sourceLang: 'ru', targetLang: 'en'}, 'build')
    entries.push(...read.entries)
    findings.push(...read.findings)
  }
  const {memory, name} = await openCliMemory(tm, ctx)
  try {
    const result = await memory.add(entries)
    reportFindings(findings, ctx)
    ctx.info(ctx.t('tm.imported', {count: entries.length, name, added: result.added, merged: result.merged, skipped: findings.length + result.skipped.length}))
  } finally {
    await memory.close()
  }
}
