// Character classes for the sentence scanner, looked up in one table so the
// hot loop does a single array read per character instead of regex tests.

export const TERMINATOR = 1
export const CLOSER = 2
export const OPENER = 4
export const SPACE = 8
export const UPPER = 16
export const LOWER = 32
export const DIGIT = 64
export const DASH = 128
export const LETTER = UPPER | LOWER | 256
export const WORD = LETTER | DIGIT | 512
/** Emoji and pictographs (with their joiners and the surrogate halves that carry them). */
export const EMOJI = 1024

/** U+FFFC stands for atomic inline markup: a word character without case. */
export const OBJECT = 0xfffc

let table: Uint16Array | undefined

/** Flags of a UTF-16 code unit (surrogates and unassigned units get 0). */
export function charFlags(): Uint16Array {
  table ??= buildTable()
  return table
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000)
  // One regex call per code unit; the group that matched names the class.
  // \s is the set String.prototype.trim removes, so trimmed sentences and
  // the scanner agree on what whitespace is.
  const classes = /([\p{Lu}\p{Lt}])|(\p{Ll})|([\p{L}\p{M}])|(\p{Nd})|(\s)/u
  const flagOf = [0, UPPER | 256, LOWER | 256, 256, DIGIT, SPACE]
  // CJK ideographs and Hangul syllables are caseless letters throughout and
  // private use has no class: filling them directly keeps the build short.
  const caseless: Array<[number, number]> = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3]
  ]
  for (const [from, to] of caseless) t.fill(256, from, to + 1)
  for (let c = 0; c < 0xd800; c++) if (t[c] === 0) t[c] = classify(classes, flagOf, c)
  for (let c = 0xf900; c < 0x10000; c++) t[c] = classify(classes, flagOf, c)
  // Surrogate pairs (emoji, rare scripts) behave as word characters so they
  // never end a sentence on their own.
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = 512
  // Chat-style text ends sentences with emoji (Taiga's social part): 😍, 👍, ☀, ❤️.
  for (let c = 0xd83c; c <= 0xd83e; c++) t[c] = 512 | EMOJI
  for (let c = 0x2600; c <= 0x27bf; c++) t[c]! |= EMOJI
  for (let c = 0x2b00; c <= 0x2bff; c++) t[c]! |= EMOJI
  for (const c of [0x200d, 0xfe0f, 0x20e3, 0x231a, 0x231b, 0x23f0, 0x23f3]) t[c]! |= EMOJI
  // The blank Braille cell stands for an empty line in Instagram posts.
  t[0x2800] = 512 | EMOJI
  for (const ch of '.!?…‼⁇⁈⁉') t[ch.charCodeAt(0)]! |= TERMINATOR
  for (const ch of '»”’"\')]}›') t[ch.charCodeAt(0)]! |= CLOSER
  for (const ch of '«“„‘"\'([{‹') t[ch.charCodeAt(0)]! |= OPENER
  for (const ch of '-‐‑‒–—―−') t[ch.charCodeAt(0)]! |= DASH
  t[OBJECT] = 512
  return t
}

function classify(classes: RegExp, flagOf: number[], c: number): number {
  const m = classes.exec(String.fromCharCode(c))
  if (!m) return 0
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return flagOf[g]!
  return 0
}
