/**
 * English messages. Keys are stable; plural keys follow i18next's
 * Intl.PluralRules suffixes (`_one`, `_other` in English). `ru.ts` must carry
 * every key here, with `_one`, `_few`, `_many` and `_other` for plurals
 * (checked by `locales.test.ts`). Rule ids, option names and machine
 * formats stay out of these strings' translation.
 */
export const en = {
  program: {
    description: 'Russian↔English translation toolkit: sentence segments, XLIFF and corpora.',
    uiLang: 'language of messages: en or ru (default: TOLMACH_LANG, LC_ALL, LC_MESSAGES, LANG, else en)',
    quiet: 'print no warnings or summaries, only errors',
    version: 'print the version number',
    help: 'show help for a command',
    helpCommand: 'show help for COMMAND',
    examples: 'Examples:'
  },
  help: {
    usage: 'Usage:',
    options: 'Options:',
    arguments: 'Arguments:',
    commands: 'Commands:',
    globalOptions: 'Global options:',
    default: 'default: {{value}}',
    choices: 'one of: {{values}}'
  },
  segment: {
    description: 'split Markdown documents into sentence segments (JSONL, TSV, XLIFF 1.2 or XLIFF 2.1)',
    files: 'Markdown files to segment; - reads standard input',
    lang: 'language of the documents: {{langs}} (default: detected from the text)',
    format: 'output format: {{formats}} (default: from the -o extension, else jsonl)',
    targetLang: 'target language written into XLIFF (default: the other language)',
    output: 'write to FILE, replacing it whole (default: standard output)',
    examples: [
      'tolmach segment release.md --format xliff -o release.xlf',
      'tolmach segment corpus/ru/*.md --lang ru > segments.jsonl',
      'cat release.md | tolmach segment - --format tsv'
    ].join('\n'),
    langUnsure:
      '{{file}}: language unsure: {{share}}% of letters are {{script}} (below the {{threshold}}% needed to be sure); assuming {{lang}}, pass --lang to choose',
    stdinTwice: 'standard input (-) can be read only once',
    summary: 'Wrote {{segments}} from {{files}} to {{output}}'
  },
  align: {
    description: 'align a Russian document with its English version, check every pair and write a translation memory',
    ru: 'the Russian Markdown document',
    en: 'its English version',
    output: 'write the pairs to FILE, replacing it whole (default: standard output)',
    format: 'output format: {{formats}} (default: from the -o extension, else tmx)',
    include: 'pairs to write by verdict: ok, warning (ok and warning) or all',
    review: 'write the review list (findings of the pairs left out) to FILE instead of standard error',
    reviewFormat: 'review list format: stylish or json',
    glossary: 'glossary (CSV, TBX…) for term anchors and term-missing/term-forbidden checks',
    examples: [
      'tolmach align ru/2026-02-05.md en/2026-02-05.md -o pair.tmx',
      'tolmach align ru.md en.md --format tsv --include warning -o pairs.tsv --review review.json --review-format json',
      'tolmach align ru.md en.md --glossary glossary/termbase.csv -o pair.tmx'
    ].join('\n'),
    unknownInclude: 'unknown value "{{value}}" for --include; use one of: {{valid}}',
    refused: 'Nothing written: the documents are not a Russian original and its English version',
    reviewIsOutput: 'the review list and the pairs would both be written to {{file}}: give --review another file',
    summary: 'Aligned {{beads}}: {{ok}} ok, {{warning}} warning, {{error}} error → {{output}}',
    beads_one: '{{count, number}} bead',
    beads_other: '{{count, number}} beads',
    pairs_one: '{{count, number}} document pair',
    pairs_other: '{{count, number}} document pairs'
  },
  review: {
    summary: '{{problems}} ({{parts}})',
    problems_one: '{{count, number}} problem',
    problems_other: '{{count, number}} problems',
    errors_one: '{{count, number}} error',
    errors_other: '{{count, number}} errors',
    warnings_one: '{{count, number}} warning',
    warnings_other: '{{count, number}} warnings',
    infos_one: '{{count, number}} info',
    infos_other: '{{count, number}} info'
  },
  corpus: {
    description: 'build the corpus: segment DIR/ru/*.md, align it with DIR/en/*.md and write checked TMX',
    buildDescription: 'segment every DIR/ru/*.md into OUT/ru.xlf and OUT/ru.jsonl, align each ru/en pair into DIR/aligned/*.tmx with a review list',
    glossary: 'glossary for term anchors and checks (default: glossary/termbase.csv beside DIR, if present)',
    alignSummary: 'Aligned {{pairs}}: {{beads}} ({{ok}} ok, {{warning}} warning, {{error}} error); findings: {{findings}} → {{outputs}}',
    goldSummary: 'Gold alignments matched exactly: {{exact}} of {{pairs}}',
    goldInvalid: '{{file}}: not a gold alignment file (JSON with beads of ru/en sentence openings)',
    goldUnresolved: '{{file}}: gold sentence "{{opening}}" names {{count}} sentences instead of one',
    goldMissing: '{{file}}: gold bead {{bead}} is not in the alignment',
    goldExtra: '{{file}}: bead {{bead}} is not in the gold alignment',
    dir: 'corpus folder holding ru/*.md',
    out: 'folder for the segment exports (created if missing); the checked TMX and review list go to DIR/aligned',
    json: 'print a JSON summary on standard output',
    examples: ['tolmach corpus build', 'tolmach corpus build corpus --out build --json'].join('\n'),
    noFiles: '{{dir}}: no Markdown files (*.md) found',
    summary: 'Corpus built: {{files}}, {{segments}} → {{outputs}}'
  },
  export: {
    description: 'export a Markdown document for translation as XLIFF 1.2 or 2.1, with glossary notes and memory matches',
    file: 'Markdown document to translate; - reads standard input',
    format: 'XLIFF version: {{formats}} (default: xliff, XLIFF 1.2)',
    glossary: 'glossary (CSV, TSV, TBX or JSON): terms found in a segment become notes with their approved translation',
    tm: 'translation memory (TMX): exact matches become targets marked for review',
    examples: [
      'tolmach export release.md -o release.xlf',
      'tolmach export release.md --format xliff2 -o release.xlf',
      'tolmach export release.md --glossary glossary/terms.csv --tm memory.tmx -o release.xlf'
    ].join('\n'),
    summary: 'Exported {{segments}} to {{output}} ({{memory}}, {{notes}})'
  },
  import: {
    description: 'rebuild the translated Markdown document from a translated XLIFF and its source',
    xliff: 'translated XLIFF 1.2 or 2.x file; - reads standard input',
    source: 'the source Markdown document the XLIFF was exported from (required)',
    lang: 'language of the source document: {{langs}} (default: the XLIFF source language, else detected)',
    allowPartial: 'keep the source text of untranslated segments and report them as warnings, not errors',
    json: 'print a JSON summary on standard output (needs -o FILE)',
    examples: [
      'tolmach import release.en.xlf --source release.md -o release.en.md',
      'tolmach import release.en.xlf --source release.md --allow-partial -o draft.en.md'
    ].join('\n'),
    needSource: 'tolmach import needs --source: the Markdown document the XLIFF was exported from',
    jsonNeedsOutput: '--json prints on standard output, so the document needs -o FILE',
    noFile: '{{file}}: no <file> element with translation units',
    whichFile: '{{file}}: several <file> elements and none is {{source}}: {{files}}',
    notWritten: 'Nothing written to {{output}}: fix the errors above (or pass --allow-partial for untranslated segments)',
    summary: 'Wrote {{output}}: {{translated}} translated, {{kept}}',
    rule: {
      'target-missing': 'no target: the source text is kept',
      'unit-missing': 'segment {{expected}} has no unit in the XLIFF ({{source}} may have changed since the export); the source text is kept',
      'unit-unknown': 'unit {{actual}} matches no segment of {{source}}; its translation is not used',
      'placeholder-lost': 'placeholder {{expected}} is missing from the target; the source text is kept',
      'placeholder-duplicated': 'placeholder {{actual}} appears more than once in the target; the source text is kept',
      'placeholder-added': 'placeholder {{actual}} is not in the source; the source text is kept',
      'placeholder-order': 'paired placeholders are closed before they open or overlap ({{actual}}); the source text is kept',
      'source-changed': 'the unit\'s source no longer matches {{source}}: the document changed since the export',
      'target-state': 'state "{{actual}}" says the target may not be translated yet; it is used as is'
    }
  },
  check: {
    description: 'check the terminology of translations against a glossary (XLIFF, TMX, TSV/JSONL pairs, Markdown pairs)',
    files: 'bilingual files: XLIFF with targets, TMX, TSV or JSONL of pairs',
    glossary: 'glossary file (CSV, TSV, TBX, JSON…); repeat for several; default: from tolmach.config.json',
    sourceLang: 'language of the source side: ru or en (default ru)',
    targetLang: 'language of the target side: ru or en (default en)',
    pair: 'a source Markdown document and its translation, aligned sentence by sentence (repeatable: RU EN [RU EN…])',
    format: 'output format: {{formats}}',
    failOn: 'exit 1 when a finding is at or above this severity: error, warning, info, never (default error)',
    output: 'write the report to FILE instead of standard output',
    config: 'configuration file (default: the nearest tolmach.config.json)',
    noConfig: 'ignore tolmach.config.json',
    examples: [
      'tolmach check --glossary glossary/termbase.csv release.en.xlf',
      'tolmach check --pair corpus/ru/release.md corpus/en/release.md',
      'tolmach check --format github --fail-on warning pairs.tmx',
      'tolmach check --format sarif -o terms.sarif translated.xlf'
    ].join('\n'),
    or: ' or ',
    rule: {
      missing: '“{{term}}” has none of its approved renderings in the target: expected {{expected}}',
      forbidden: '“{{found}}” is a forbidden rendering; use {{expected}}',
      deprecated: '“{{found}}” is a deprecated rendering; prefer {{expected}}',
      inconsistent: '“{{term}}” is rendered “{{found}}” here but {{expected}} elsewhere in the corpus',
      untranslated: '“{{found}}” is left untranslated ({{term}}): expected {{expected}}'
    },
    rules: {
      'term-missing': 'A source term has none of its approved renderings in the target.',
      'term-forbidden': 'The target uses a forbidden or deprecated rendering.',
      'term-inconsistent': 'One source term is rendered differently across the corpus.',
      'term-untranslated': 'A source-language term is left untranslated in the target.'
    },
    labels: {
      clean: 'No terminology problems found.',
      severity: 'Severity',
      file: 'File',
      place: 'Line:Col',
      rule: 'Rule',
      message: 'Message',
      expected: 'expected',
      found: 'found',
      omitted_one: '…and {{count, number}} more finding, left out to stay within the size limit.',
      omitted_other: '…and {{count, number}} more findings, left out to stay within the size limit.'
    },
    noPairs: 'no translated {{source}} → {{target}} pair in this file: nothing was checked',
    rowColumns: 'expected at least {{count}} tab-separated columns, found {{found}}; row skipped',
    notJson: 'not JSON: {{reason}}; line skipped',
    notPairRecord: 'not a pair: expected "source" and "target" texts; line skipped',
    markdownNeedsPair: '{{file}}: a Markdown document needs its translation: use --pair RU.md EN.md',
    unknownInput: '{{file}}: not a bilingual file tolmach reads (XLIFF, TMX, TSV, JSONL)',
    sameLang: 'source and target language are both "{{lang}}"',
    unknownFailOn: 'unknown value "{{value}}" for --fail-on; use one of: {{valid}}',
    noGlossary: 'no glossary: give --glossary FILE or set "glossary" in tolmach.config.json',
    pairOdd: '--pair takes documents two by two (source, then target); got {{count}}',
    noInput: 'nothing to check: give bilingual files or --pair RU.md EN.md',
    emptyGlossary: '{{file}}: the glossary has no usable concept',
    unreadable: 'Nothing checked: no translation pair could be read from {{files}}',
    summary: 'Checked {{pairs}} in {{files}}: {{errors}}, {{warnings}}',
    pairs_one: '{{count, number}} pair',
    pairs_other: '{{count, number}} pairs'
  },
  config: {
    json: {
      'end-of-file': 'the file ends too early',
      'property-name': 'expected a property name in double quotes, found {{found}}',
      colon: 'expected ":" after the property name, found {{found}}',
      'object-comma': 'expected "," or "}", found {{found}}',
      'array-comma': 'expected "," or "]", found {{found}}',
      value: 'expected a value, found {{found}}',
      trailing: 'expected the end of the file, found {{found}}',
      string: 'a string is not closed on its line',
      escape: 'a string has an invalid escape',
      depth: 'values nest more than {{found}} levels deep'
    },
    syntax: 'tolmach.config.json is not valid JSON: {{reason}}',
    type: '"{{property}}" must be {{expected}}, not {{actual}}',
    enum: '"{{property}}" must be one of {{expected}}, not {{actual}}',
    unknownProperty: 'unknown property "{{property}}"; known: {{expected}}',
    tooShort: '"{{property}}" must not be empty',
    empty: '"{{property}}" must not be an empty string',
    duplicate: '"{{property}}" is given more than once'
  },
  glossary: {
    description: 'import, convert and lint glossaries',
    importDescription: 'read glossaries from CAT, TMS and MT tools and write one termbase (TBX, CSV, OmegaT TSV, JSON)',
    lintDescription: 'report problems of a glossary: unusable rows, duplicates, conflicting statuses, untranslated concepts, failing examples',
    files: 'glossary files (CSV, TSV, TBX, OmegaT, JSON)',
    output: 'output file; its extension chooses the format (.tbx, .csv, .tsv, .json)',
    to: 'output format: {{formats}} (default: from the -o extension; .tbx is TBX-Basic 2008)',
    format: 'report format: {{formats}}',
    importExamples: [
      'tolmach glossary import deepl.csv memoq.csv -o team.tbx',
      'tolmach glossary import termbase.tbx -o omegat/glossary.tsv'
    ].join('\n'),
    clean: '{{files}}: no problems found',
    lintExamples: ['tolmach glossary lint glossary/termbase.csv', 'tolmach glossary lint --format github team.tbx'].join('\n'),
    noOutput: 'give the output file with -o OUT.tbx|csv|tsv|json',
    unknownOutput: 'cannot tell the output format from "{{value}}"; use one of: {{valid}}',
    detected: '{{file}}: {{format}} layout, {{encoding}}: {{concepts}}, {{terms}}',
    written: 'Wrote {{concepts}} → {{output}} ({{rows}})',
    concepts_one: '{{count, number}} concept',
    concepts_other: '{{count, number}} concepts',
    terms_one: '{{count, number}} term',
    terms_other: '{{count, number}} terms',
    unusable_one: '{{count, number}} unusable row reported above',
    unusable_other: '{{count, number}} unusable rows reported above',
    lint: {
      duplicate: '“{{term}}” is a term of both {{first}} and {{second}}',
      noTranslation: 'concept {{concept}} has no approved {{lang}} term',
      example: 'the example of {{concept}} fails the check ({{rule}}): {{detail}}'
    }
  },
  progress: {
    segmenting: 'Segmenting {{file}}',
    building: 'Building the corpus: {{file}}',
    aligning: 'Aligning {{file}}',
    readingGlossary: 'Reading {{file}}',
    matching: 'Loading Russian morphology and term forms'
  },
  count: {
    keptSegment_one: '{{count, number}} kept in the source language',
    keptSegment_other: '{{count, number}} kept in the source language',
    memoryMatch_one: '{{count, number}} memory match',
    memoryMatch_other: '{{count, number}} memory matches',
    termNote_one: '{{count, number}} glossary note',
    termNote_other: '{{count, number}} glossary notes',
    segment_one: '{{count, number}} segment',
    segment_other: '{{count, number}} segments',
    file_one: '{{count, number}} file',
    file_other: '{{count, number}} files'
  },
  script: {
    cyrillic: 'Cyrillic',
    latin: 'Latin'
  },
  stdout: 'standard output',
  stdin: 'standard input',
  error: {
    prefix: 'error',
    warning: 'warning',
    info: 'info',
    unknownLang: 'unknown language "{{value}}" for {{option}}; use one of: {{valid}}',
    unknownUiLang: 'unknown interface language "{{value}}" for --ui-lang; use one of: {{valid}}',
    unknownFormat: 'unknown format "{{value}}" for --format; use one of: {{valid}}',
    formatUnavailable: 'format "{{format}}" is not available in this build of @tolmach/formats',
    notFound: '{{file}}: no such file',
    isDirectory: '{{file}}: is a folder, not a file',
    folderNotFound: '{{dir}}: no such folder',
    notReadable: '{{file}}: cannot read ({{reason}})',
    invalidUtf8: '{{file}}:{{line}}:{{column}}: invalid UTF-8 at byte {{offset}}; save the file as UTF-8 or UTF-16 with a BOM',
    binary: '{{file}}: looks like a binary file (NUL byte at byte {{offset}}), not text',
    outputIsInput: '{{file}}: refusing to write the output over an input file',
    outputDirMissing: '{{file}}: cannot write: folder {{dir}} does not exist',
    outputFailed: '{{file}}: cannot write ({{reason}})',
    outputIsDirectory: '{{file}}: is a folder; give a file name for -o',
    unexpected: 'unexpected error: {{message}} (set TOLMACH_DEBUG=1 to see the stack)',
    unknownOption: "unknown option '{{option}}'",
    unknownCommand: "unknown command '{{command}}'",
    didYouMean: '(Did you mean {{suggestion}}?)',
    missingArgument: "missing required argument '{{argument}}'",
    optionArgumentMissing: "option '{{option}}' needs a value",
    tooManyArguments: 'too many arguments',
    seeHelp: "Run 'tolmach help {{command}}' for usage."
  }
} as const

/** A locale: nested objects with string leaves. */
export interface LocaleTree {
  [key: string]: string | LocaleTree
}
