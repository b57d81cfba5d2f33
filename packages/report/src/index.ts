export {codequality} from './codequality.js'
export {fingerprintFindings} from './fingerprint.js'
export {findingFormats, formatFindings, isFindingFormat} from './format-findings.js'
export {github, workflowCommand} from './github.js'
export {escapeCommandData, escapeCommandProperty} from './github-escape.js'
export {defaultSummaryBytes, githubSummary} from './github-summary.js'
export {json, jsonChunks, jsonFormatVersion} from './json.js'
export {junit} from './junit.js'
export {englishLabels} from './labels.js'
export {ansiPalette, plainPalette} from './palette.js'
export {rdjson} from './rdjson.js'
export {reportPath} from './report-path.js'
export {fingerprintKey, sarif, sarifSchemaUri} from './sarif.js'
export {StylishWidths, stylish, stylishChunks} from './stylish.js'
export type {
  Finding,
  FindingFormat,
  FormatOptions,
  Formatter,
  Labels,
  Palette,
  RuleInfo,
  Severity,
  SeverityCounts
} from './types.js'
export {utf8Length, withUtf8Columns} from './utf8-columns.js'
