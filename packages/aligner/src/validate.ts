import type {AlignOptions} from './types.js'

/** Misuse throws a TypeError naming the option; content never throws. */
export function validateOptions(src: readonly string[], tgt: readonly string[], options: AlignOptions): void {
  checkSentences(src, 'src')
  checkSentences(tgt, 'tgt')
  if (typeof options !== 'object' || options === null) throw new TypeError('alignSentences: `options` must be an object')
  checkParagraphs(options.srcParagraphs, src.length, 'srcParagraphs')
  checkParagraphs(options.tgtParagraphs, tgt.length, 'tgtParagraphs')
  checkFlags(options.srcHeadings, src.length, 'srcHeadings')
  checkFlags(options.tgtHeadings, tgt.length, 'tgtHeadings')
  if (options.band !== undefined && !(Number.isInteger(options.band) && options.band > 0)) {
    throw new TypeError('alignSentences: `band` must be a positive integer')
  }
  if (options.lexicon !== undefined && typeof options.lexicon !== 'boolean' && (typeof options.lexicon !== 'object' || options.lexicon === null)) throw new TypeError('alignSentences: `lexicon` must be a boolean or {core, derived}')
  if (options.learned !== undefined && !(options.learned?.ru instanceof Map)) throw new TypeError('alignSentences: `learned` must be the result of learnLexicon')
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw new TypeError('alignSentences: `onProgress` must be a function')
  if (options.realign !== undefined && typeof options.realign !== 'boolean') throw new TypeError('alignSentences: `realign` must be a boolean')
  const anchors = options.anchors
  if (anchors !== undefined && (typeof anchors.source !== 'function' || typeof anchors.target !== 'function')) {
    throw new TypeError('alignSentences: `anchors` must have `source` and `target` functions')
  }
  const dictionary = options.dictionary
  if (dictionary !== undefined && !(dictionary.ru instanceof Map && dictionary.en instanceof Map)) {
    throw new TypeError('alignSentences: `dictionary` must be the result of parseHunalignDictionary')
  }
  let last: readonly [number, number] = [0, 0]
  for (const b of options.boundaries ?? []) {
    const ok = Array.isArray(b) && Number.isInteger(b[0]) && Number.isInteger(b[1])
    if (!ok || b[0] < last[0] || b[1] < last[1] || b[0] > src.length || b[1] > tgt.length) {
      throw new TypeError('alignSentences: `boundaries` must be increasing [srcIndex, tgtIndex] pairs inside both documents')
    }
    last = b
  }
}

function checkSentences(list: readonly string[], name: string) {
  if (!Array.isArray(list) || list.some((s) => typeof s !== 'string')) {
    throw new TypeError(`alignSentences: \`${name}\` must be an array of strings`)
  }
}

function checkParagraphs(list: readonly number[] | undefined, length: number, name: string) {
  if (list === undefined) return
  if (!Array.isArray(list) || list.length !== length || list.some((x) => typeof x !== 'number')) {
    throw new TypeError(`alignSentences: \`${name}\` must be an array of ${length} numbers, one per sentence`)
  }
}

function checkFlags(list: readonly boolean[] | undefined, length: number, name: string) {
  if (list === undefined) return
  if (!Array.isArray(list) || list.length !== length || list.some((x) => typeof x !== 'boolean')) {
    throw new TypeError(`alignSentences: \`${name}\` must be an array of ${length} booleans, one per sentence`)
  }
}
