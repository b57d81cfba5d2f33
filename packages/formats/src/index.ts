export {formatSegments, segmentChunks, segmentFormats} from './format-segments.js'
export {readJsonl} from './jsonl-reader.js'
export {jsonlChunks, writeJsonl} from './jsonl-writer.js'
export {escapeTsvField, unescapeTsvField} from './tsv-escape.js'
export {readTsv} from './tsv-reader.js'
export {tsvChunks, tsvHeader, writeTsv} from './tsv-writer.js'
export type {
  ReadDocument,
  ReadOptions,
  ReadResult,
  ReadUnit,
  SegmentFormat,
  TargetState,
  TargetText,
  WriteOptions
} from './types.js'
export {readXliff2} from './xliff2-reader.js'
export {writeXliff2, xliff2Chunks, xliff2Namespace} from './xliff2-writer.js'
export {readXliff12} from './xliff12-reader.js'
export {writeXliff12, xliff12Chunks, xliff12Datatype, xliff12Namespace} from './xliff12-writer.js'
export {escapeXmlAttribute, escapeXmlText, isXmlChar} from './xml-escape.js'
