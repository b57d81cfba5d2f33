export {formatSegments, segmentChunks, segmentFormats} from './format-segments.js'
export {readJsonl} from './jsonl-reader.js'
export {jsonlChunks, writeJsonl} from './jsonl-writer.js'
export {checkPairOptions, isIncluded} from './pairs-include.js'
export {type JoinedText, joinSegments } from './pairs-join.js'
export {type PairsJsonlRecord, type PairsJsonlSide, pairsJsonlChunks, pairsJsonlRecord, writePairsJsonl} from './pairs-jsonl.js'
export {type LadderBead, ladderChunks, readLadder, writeLadder} from './pairs-ladder.js'
export {pairsTsvChunks, pairsTsvHeader, writePairsTsv} from './pairs-tsv.js'
export {tmxDate, tmxToolVersion} from './tmx-header.js'
export {readTmx} from './tmx-reader.js'
export {type TmxStreamOptions, tmxUnits} from './tmx-stream.js'
export {tmxChunks, writeTmx} from './tmx-writer.js'
export {tmxSegContent} from './tmx-inline.js'
export {escapeTsvField, unescapeTsvField} from './tsv-escape.js'
export {readTsv} from './tsv-reader.js'
export {tsvChunks, tsvHeader, writeTsv} from './tsv-writer.js'
export {altTrans, mtcMatches, xliff2MatchesNamespace} from './candidate-xml.js'
export type {
  AlignedPair,
  CandidateMatch,
  PairInclude,
  PairVerdict,
  PairWriteOptions,
  MissingTarget,
  ReadDocument,
  ReadOptions,
  ReadResult,
  ReadUnit,
  SegmentFormat,
  TargetState,
  TargetText,
  TmxHeader,
  TmxProp,
  TmxReadResult,
  TmxUnit,
  TmxVariant,
  TmxWriteOptions, 
  WriteOptions 
} from './types.js'
export {readXliff} from './xliff-reader.js'
export {readXliff2} from './xliff2-reader.js'
export {writeXliff2, xliff2Chunks, xliff2Namespace} from './xliff2-writer.js'
export {readXliff12} from './xliff12-reader.js'
export {writeXliff12, xliff12Chunks, xliff12Datatype, xliff12Namespace} from './xliff12-writer.js'
export {escapeXmlAttribute, escapeXmlText, isXmlChar} from './xml-escape.js'
export {maxXmlDepth} from './xml-tree.js'
export {type ReaderMessage, readerMessageIds} from './read-messages.js'
