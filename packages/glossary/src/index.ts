export type {
  Concept,
  Example,
  Glossary,
  GlossaryFormat,
  ParseGlossaryOptions,
  ParseGlossaryResult,
  Term,
  TermMatch,
  TermMatcher,
  TermStatus
} from './types.js'
export {parseGlossary} from './parse-glossary.js'
export {glossaryFormatLosses, type GlossaryField, type GlossaryLoss, type GlossaryOutputFormat} from './format-losses.js'
export {mergeGlossaries, type GlossaryMerge, type MergeGlossariesOptions, type NamedGlossary} from './merge-glossaries.js'
export {termKey, foldLookalikes, isAcronym} from './term-key.js'
export {createTermMatcher, type TermMatcherOptions} from './term-matcher.js'
export {morphologyLoadTime, preloadRussianMorphology} from './morphology.js'
export {russianLemma} from './russian-lemma.js'
export {tokenize, type Token} from './tokenize.js'
export {checkTerms, createPairTermCheck, inconsistentMessage, TermRenderings, type InconsistentRendering, type OnRendering, outermost, type CheckTermsOptions, type TermFinding, type TermMatchers, type TermPair, type TermRuleId} from './check-terms.js'
export {writeTbx, type TbxDialect, type WriteTbxOptions} from './write-tbx.js'
export {writeGlossaryCsv, writeGlossaryJson, writeOmegatGlossary} from './write-table.js'
export {type GlossaryFile, joinGlossaryFiles, readGlossaryFile} from './glossary-file.js'
export {type GlossaryMessage, glossaryMessageIds} from './glossary-messages.js'
