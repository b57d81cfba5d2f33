import {closeSync, openSync, readSync} from 'node:fs'
import path from 'node:path'
import {createLineIndex, type Finding, type Lang, type Point} from '@tolmach/core'
import {tmxUnits} from '@tolmach/formats'
import type {ReadPair} from './read-pair.js'
import {mapXmlElementText} from './read-xml-map.js'

// Bytes read at a time; a `<tu>` longer than two chunks is still read, its target placed without entity mapping.
const chunkBytes = 1 << 20

/** The file did not decode as UTF-8: the caller reads it the whole-file way, which words the error or guesses windows-1251. */
export class StreamDecodeError extends Error {
  constructor(readonly pairsEmitted: number) {
    super('not UTF-8')
  }
}

/**
 * Reads a UTF-8 TMX file in chunks through the streaming reader of
 * @tolmach/formats and yields each pair as its `</tu>` is parsed: a memory
 * of any size is read in the memory of a chunk or two. Each pair keeps only
 * its own `<tuv>`…`</seg>` text, so its target offsets map to the file's
 * line and column without the whole file in memory.
 */
export function* streamTmxPairs(file: string, cwd: string, sourceLang: Lang, targetLang: Lang, onFinding: (finding: Finding) => void, chunkSize = chunkBytes): Generator<ReadPair> {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]
  const decoder = new TextDecoder('utf-8', {fatal: true})
  let window = ''
  let windowStart = 0
  let emitted = 0
  let index = 0
  function* chunks(): Generator<string> {
    const fd = openSync(path.resolve(cwd, file), 'r')
    try {
      const bytes = Buffer.allocUnsafe(chunkSize)
      let previous = ''
      let consumed = 0
      for (;;) {
        const n = readSync(fd, bytes, 0, chunkSize, null)
        let text: string
        try {
          text = n === 0 ? decoder.decode() : decoder.decode(bytes.subarray(0, n), {stream: true})
        } catch {
          throw new StreamDecodeError(emitted)
        }
        // NUL bytes make a binary file: the whole-file reader refuses it with its message.
        if (text.includes('\0')) throw new StreamDecodeError(emitted)
        if (text === '' && n > 0) continue
        // Keep the previous chunk too: the unit that ends in this chunk may have started in it.
        windowStart = consumed - previous.length
        window = previous + text
        consumed += text.length
        previous = text
        if (text !== '') yield text
        if (n === 0) return
      }
    } finally {
      closeSync(fd)
    }
  }
  for (const unit of tmxUnits(chunks(), {file, onFinding})) {
    index++
    const source = unit.variants.find((v) => primary(v.lang) === sourceLang)
    const target = unit.variants.find((v) => primary(v.lang) === targetLang)
    if (!source || !target) continue
    const at = target.position
    const from = at.offset - windowStart
    const end = from >= 0 ? window.indexOf('</seg>', from) : -1
    let pair: ReadPair
    if (end >= 0) {
      const xml = window.slice(from, end + '</seg>'.length)
      const map = mapXmlElementText(xml, 0, 'seg', target.text) ?? [[0, 0]]
      pair = {id: unit.id ?? String(index), source: source.text, target: target.text, file, map, lines: createLineIndex(xml), origin: pointOf(at)}
    } else {
      // A unit longer than the window: every offset falls on the `<tuv>`, which is still in the right place.
      pair = {id: unit.id ?? String(index), source: source.text, target: target.text, file, map: [[0, 0]], lines: createLineIndex(''), origin: pointOf(at)}
    }
    emitted++
    yield pair
  }
}

function pointOf(p: Point): Point {
  return {line: p.line, column: p.column, offset: p.offset}
}
