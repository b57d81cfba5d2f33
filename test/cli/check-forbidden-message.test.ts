import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, tempDir} from './run-cli.js'

// Issue 10: a forbidden rendering with no approved alternative in the
// glossary read "… is a forbidden rendering; use " and stopped there.
describe('a forbidden rendering without an approved alternative', () => {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'glossary.csv'), 'id,ru,en,status\nslang,,awesome,forbidden\nmfa,МИД,Ministry of Foreign Affairs,preferred\nmfa,,MFA dept,forbidden\n')
  writeFileSync(path.join(dir, 'pairs.tsv'), 'ru\ten\nЭто отличное решение.\tThis is an awesome decision.\nЭто решение МИД.\tThis is the MFA dept decision.\n')
  const check = (lang: string) =>
    runCli(['--ui-lang', lang, 'check', '--no-config', '-g', 'glossary.csv', 'pairs.tsv', '--format', 'json'], {cwd: dir})

  it('says only that it is forbidden, in English and in Russian', () => {
    for (const [lang, alone, withAlternative] of [
      ['en', '“awesome” is a forbidden rendering', '“MFA dept” is a forbidden rendering; use “Ministry of Foreign Affairs”'],
      ['ru', '«awesome» — запрещённый перевод', '«MFA dept» — запрещённый вариант перевода; используйте «Ministry of Foreign Affairs»']
    ] as const) {
      const run = check(lang)
      const messages = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; message: string}>}).findings.filter((f) => f.ruleId === 'term-forbidden').map((f) => f.message)
      expect(messages).toEqual([alone, withAlternative])
    }
  })
})
