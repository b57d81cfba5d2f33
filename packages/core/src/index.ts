export type {
  BlockKind,
  Finding,
  Lang,
  OffsetMap,
  Placeholder,
  Point,
  Position,
  RelatedLocation,
  Segment,
  SegmentDocument,
  Severity
} from './types.js'
export {
  createLineIndex,
  formatPlace,
  misplacedPoints,
  offsetToPoint,
  offsetsToPosition,
  pointToOffset,
  type LineIndex
} from './position.js'
export {mapOffset, segmentOffsetToPoint} from './offset-map.js'
export {detectLanguage, isLang, languages, type LanguageGuess} from './lang.js'
export {collapseWhitespace, normalizeText, type NormalizeOptions} from './normalize.js'
export {TolmachError} from './errors.js'
export {compareFindings, createFinding, type FindingInit} from './finding.js'
export {decodeText, firstInvalidUtf8, type DecodedText} from './input-text.js'
export {decodeTextAs, isTextEncoding, normalizeEncoding, sniffWindows1251, type TextEncoding, textEncodings} from './legacy-encoding.js'
export {placeholderToken, splitPlaceholderText, stripPlaceholders, type TextPart} from './placeholder-text.js'
