// nspell ships no types; only the part this package uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
  }
  export default function nspell(dictionary: {aff: Uint8Array | string; dic: Uint8Array | string}): NSpell
}
