// Generated Markdown for the fuzz targets: pieces of the constructs tolmach
// reads, and the shapes the campaign of issue 9 broke things with (autolink
// literals next to brackets, placeholder-like prose, line-start `>`,
// characters next to `*`/`**`, deep nesting), mixed with raw Markdown soup.
import fc from 'fast-check'

const words = ['министр', 'Москва', 'соглашение', 'США', 'г.', 'т.е.', 'talks', 'U.S.', 'Dr.', '2024', '12,5%', 'ООН']
const pieces = [
  ...words,
  '**', '*', '_', '~~', '`', '[', ']', '(', ')', '<', '>', '!', '#', '|', '\\', '&amp;', '{1}', '{2/}', '{/1}',
  'https://mfa.kz', 'http://e', 'www.akorda.kz', 'a@b.co', '[www.]', '[http://localhost:8080/api',
  '\n', '\n\n', '\n> ', '\n- ', '\n1. ', '\n---\n|\n>', '  \n', '. ', '? ', ' '
]

/** A document of 1–60 pieces. */
export const markdownSoup = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 60}).map((p) => p.join(''))

/** Nesting of one kind, a few levels to far past the segmenter's limit. */
export const deepMarkdown = fc
  .tuple(fc.constantFrom('>', '- ', '**', '*', '['), fc.integer({min: 1, max: 1500}))
  .map(([marker, depth]) => `Текст. ${marker.repeat(depth)}слово${marker === '**' || marker === '*' ? marker.repeat(depth) : ''}\n`)
