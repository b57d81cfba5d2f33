import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {run} from './segment-exports-helpers.js'
import {omegatJar, projectFile} from './tmx-omegat-helpers.js'

// OmegaT reads the inline codes of a TMX it did not write only with this
// preference (level 2 TMX tags). It names a TMX code after the first letter of
// its `type` and an XLIFF code after the first letter of its content, so our
// TMX writes no `type` on paired codes: both sides are then <f0>…</f0>.
// An atom (`ph`) of a foreign TMX is `<n0>` unless `ext_tmx_use_slash` (Options →
// TM matches → "Use / for stand-alone tags") makes it `<n0/>`, as OmegaT always names
// an XLIFF `ph`: without it no segment with inline code matches (ph-omegat.test.ts).
const prefs = (slash: boolean) => `<?xml version="1.0" encoding="UTF-8" ?>
<omegat>
  <preference version="1.0">
    <ext_tmx_show_level2>true</ext_tmx_show_level2>
${slash ? '    <ext_tmx_use_slash>true</ext_tmx_use_slash>\n' : ''}  </preference>
</omegat>
`

/** OmegaT project in `dir` with `xliff` in source/ and `tmx` in tm/auto/, run headless; returns OmegaT's target/ file. */
export function omegatTranslateXliff(dir: string, xliff: string, tmx: string, options: {slash?: boolean} = {}): {status: number; log: string; target: string} {
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat', 'config']) mkdirSync(path.join(dir, sub), {recursive: true})
  writeFileSync(path.join(dir, 'omegat.project'), projectFile)
  writeFileSync(path.join(dir, 'config/omegat.prefs'), prefs(options.slash === true))
  copyFileSync(xliff, path.join(dir, 'source', path.basename(xliff)))
  copyFileSync(tmx, path.join(dir, 'tm/auto', path.basename(tmx)))
  const args = ['-Djava.awt.headless=true', '-jar', omegatJar, '--mode=console-translate', `--config-dir=${path.join(dir, 'config')}`, dir]
  const {status, stdout, stderr} = run('java', args)
  let target = ''
  try {
    target = readFileSync(path.join(dir, 'target', path.basename(xliff)), 'utf8')
  } catch {}
  return {status, log: stdout + stderr, target}
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

interface Node {
  type: string
  depth?: number
  ordered?: boolean | null
  children?: Node[]
}

/** A document's structure: the mdast node types and nesting, without text, URLs or positions. */
export function structure(markdown: string): unknown {
  const walk = (node: Node): unknown => ({
    type: node.type,
    ...(node.depth === undefined ? {} : {depth: node.depth}),
    ...(node.ordered === undefined ? {} : {ordered: node.ordered}),
    ...(node.children ? {children: node.children.map(walk)} : {})
  })
  return walk(parser.parse(markdown) as Node)
}
