import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {run} from './segment-exports-helpers.js'

export const omegatJar = '/usr/share/omegat/OmegaT.jar'

// Sentence segmentation off: every paragraph of the source file is one segment,
// so OmegaT's own SRX rules cannot cut a sentence the TM holds whole.
export const projectFile = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>ru</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`

export interface OmegatRun {
  status: number
  log: string
  /** The translated text file OmegaT wrote to `target/`. */
  target: string
  /** The project TM OmegaT exports (`<project>-omegat.tmx`). */
  exportedTmx: string
}

/**
 * Makes an OmegaT project in `dir` whose `tm/auto/` holds `tmx`, puts
 * `paragraphs` in a Russian text file, and runs OmegaT's headless
 * `console-translate`, which fills segments from exact TM matches and writes
 * the target file. `--config-dir` keeps OmegaT out of the user's home.
 */
export function omegatTranslate(dir: string, tmx: string, paragraphs: string[]): OmegatRun {
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat', 'config']) {
    mkdirSync(path.join(dir, sub), {recursive: true})
  }
  writeFileSync(path.join(dir, 'omegat.project'), projectFile)
  writeFileSync(path.join(dir, 'tm/auto/tolmach.tmx'), tmx)
  writeFileSync(path.join(dir, 'source/release.txt'), `${paragraphs.join('\n\n')}\n`)
  const args = ['-Djava.awt.headless=true', '-jar', omegatJar, '--mode=console-translate', `--config-dir=${path.join(dir, 'config')}`, dir]
  const {status, stdout, stderr} = run('java', args)
  const read = (file: string) => {
    try {
      return readFileSync(path.join(dir, file), 'utf8')
    } catch {
      return ''
    }
  }
  return {status, log: stdout + stderr, target: read('target/release.txt'), exportedTmx: read(`${path.basename(dir)}-omegat.tmx`)}
}
