// Placeholder tokens of segment text ({1}…{/1}, {2/}) and links carry digits
// that are markup, not numbers; blanking them (same length, so offsets hold)
// keeps them out of the evidence and the number checks.
const placeholderRe = /\{\/?\d+\/?\}/g
export const urlRe = /\bhttps?:\/\/[^\s<>«»"{}]+|\bwww\.[^\s<>«»"{}]+/gi

export function blankPlaceholders(text: string): string {
  return text.includes('{') ? text.replace(placeholderRe, (m) => ' '.repeat(m.length)) : text
}

export function blankUrls(text: string): string {
  return text.replace(urlRe, (m) => ' '.repeat(m.length))
}
