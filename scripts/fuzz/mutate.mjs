// Seed-corpus mutation driven by fast-check: a mutation is data (an op, a
// place, a length, a string), so fast-check generates and replays it from a seed.
import fc from 'fast-check'

// Characters that have broken readers before: markup, quotes, line ends, lone surrogates, BOM.
const spicy = ['<', '>', '&', '"', "'", '\r', '\n', '\r\n', '\t', '#', ',', ';', '{', '}', '[', ']', '\\', '\uD800', '\uDC00', '\uFEFF', '\u0000', ']]>', '<!--', '-->', '<![CDATA[', '&amp;', '&#x0;', '</', '/>', '"target"', '::']

export const piece = fc.oneof(
  fc.constantFrom(...spicy),
  fc.string({maxLength: 8}),
  fc.string({unit: 'binary', maxLength: 4}),
  fc.string({unit: 'grapheme', maxLength: 6})
)

export const mutation = fc.record({
  op: fc.constantFrom('insert', 'delete', 'duplicate', 'move', 'truncate', 'replace'),
  at: fc.double({min: 0, max: 1, noNaN: true}),
  to: fc.double({min: 0, max: 1, noNaN: true}),
  length: fc.nat({max: 200}),
  text: piece,
  times: fc.integer({min: 1, max: 6})
})

/** Applies mutations to a text; positions are fractions of the current length. */
export function applyMutations(text, mutations) {
  let s = text
  for (const m of mutations) {
    const at = Math.floor(m.at * s.length)
    const end = Math.min(s.length, at + m.length)
    if (m.op === 'insert') s = s.slice(0, at) + m.text + s.slice(at)
    else if (m.op === 'delete') s = s.slice(0, at) + s.slice(end)
    else if (m.op === 'replace') s = s.slice(0, at) + m.text + s.slice(end)
    else if (m.op === 'truncate') s = s.slice(0, at)
    else {
      // duplicate/move a slice: makes nesting, repeated ids, tags out of place.
      const slice = s.slice(at, end).repeat(m.op === 'duplicate' ? m.times : 1)
      const rest = m.op === 'move' ? s.slice(0, at) + s.slice(end) : s
      const to = Math.floor(m.to * rest.length)
      s = rest.slice(0, to) + slice + rest.slice(to)
    }
    if (s.length > 2_000_000) s = s.slice(0, 2_000_000)
  }
  return s
}

/** Text for a good record: a unique marker between words a term check might look for. */
export const recordText = fc.tuple(fc.constantFrom('посол', 'ambassador', 'Министр', 'minister', 'дом'), fc.stringMatching(/^[a-zA-Zа-яА-ЯёЁ .]{0,20}$/))
