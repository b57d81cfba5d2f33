import type {Dictionary} from './types.js'

/**
 * Read a hunalign-format dictionary: one `english @ russian` entry a line,
 * either side possibly several words. Lines without ` @ ` are skipped (a
 * dictionary is a hint, never a requirement). Only the first word of each
 * side is indexed, lowercased, because that is what sentence words meet.
 * Unless `stem: false`, entries are cut to a crude stem (Russian words
 * longer than 5 letters lose 2, English ones 1) so that inflected forms in
 * sentences (безопасности) meet a dictionary form (безопасность).
 */
export function parseHunalignDictionary(text: string, options: {stem?: boolean} = {}): Dictionary {
  if (typeof text !== 'string') throw new TypeError('parseHunalignDictionary: `text` must be a string')
  const stem = options.stem ?? true
  const ru = new Map<string, number[]>()
  const en = new Map<string, number[]>()
  let id = 0
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf(' @ ')
    if (at < 0) continue
    const enWord = line.slice(0, at).trim().toLowerCase().split(/\s+/)[0]
    const ruWord = line.slice(at + 3).trim().toLowerCase().replace(/ё/g, 'е').split(/\s+/)[0]
    if (!enWord || !ruWord) continue
    push(en, stem && enWord.length > 5 ? enWord.slice(0, -1) : enWord, id)
    push(ru, stem && ruWord.length > 5 ? ruWord.slice(0, -2) : ruWord, id)
    id++
  }
  return {ru, en}
}

function push(map: Map<string, number[]>, key: string, id: number) {
  const list = map.get(key)
  if (list) list.push(id)
  else map.set(key, [id])
}

/** Concept ids of a word: the word itself, else its longest prefix (≥ 4 letters) in the list, as stems are. */
export function lookupWord(map: Map<string, number[]>, word: string): number[] | undefined {
  const exact = map.get(word)
  if (exact) return exact
  for (let n = word.length - 1; n >= 4; n--) {
    const hit = map.get(word.slice(0, n))
    if (hit) return hit
  }
  return undefined
}
