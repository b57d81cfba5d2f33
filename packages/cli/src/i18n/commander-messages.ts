import type {Translate} from './i18n.js'

/**
 * Commander writes its parse errors in English. They are re-worded here
 * through i18next, matched on commander 14's fixed phrasing; a message not
 * recognised passes through unchanged rather than being lost.
 */
export function translateCommanderError(message: string, t: Translate): string {
  const text = message.replace(/^error: /, '').trimEnd()
  const [first = '', ...rest] = text.split('\n')
  const translated = translateFirstLine(first, t)
  const extra = rest.map((line) => {
    const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(line)
    return suggestion ? t('error.didYouMean', {suggestion: suggestion[1]}) : line
  })
  return [translated, ...extra].join('\n')
}

function translateFirstLine(line: string, t: Translate): string {
  let m = /^unknown option '(.+)'$/.exec(line)
  if (m) return t('error.unknownOption', {option: m[1]})
  m = /^unknown command '(.+)'$/.exec(line)
  if (m) return t('error.unknownCommand', {command: m[1]})
  m = /^missing required argument '(.+)'$/.exec(line)
  if (m) return t('error.missingArgument', {argument: m[1]})
  m = /^option '(.+)' argument missing$/.exec(line)
  if (m) return t('error.optionArgumentMissing', {option: m[1]})
  if (line.startsWith('too many arguments')) return t('error.tooManyArguments')
  return line
}
