import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {joinGlossaryFiles, readGlossaryFile} from './glossary-file.js'
import {parseGlossary} from './parse-glossary.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('readGlossaryFile', () => {
  it('reads the project termbase as parseGlossary reads its bytes, named as given', () => {
    const read = readGlossaryFile('glossary/termbase.csv', {cwd: root})
    expect(read.file).toBe('glossary/termbase.csv')
    expect(read.glossary.concepts.length).toBeGreaterThan(10)
    expect(read.glossary).toEqual(parseGlossary(readFileSync(`${root}glossary/termbase.csv`), {fileName: 'glossary/termbase.csv'}).glossary)
    expect(joinGlossaryFiles([read]).glossary.concepts.length).toBe(read.glossary.concepts.length)
  })

  it('throws Node\'s error for a missing file and a TypeError for no name', () => {
    expect(() => readGlossaryFile('no-such.csv', {cwd: root})).toThrow(expect.objectContaining({code: 'ENOENT'}))
    expect(() => readGlossaryFile('', {cwd: root})).toThrow(TypeError)
  })
})
