// Writers only: importing this entry never loads the XML parser the readers
// need, which keeps `tolmach segment` quick to start.
export {formatSegments, segmentChunks, segmentFormats} from './format-segments.js'
export {jsonlChunks, writeJsonl} from './jsonl-writer.js'
export {tsvChunks, tsvHeader, writeTsv} from './tsv-writer.js'
export type {MissingTarget, SegmentFormat, TargetState, TargetText, WriteOptions} from './types.js'
export {writeXliff2, xliff2Chunks} from './xliff2-writer.js'
export {writeXliff12, xliff12Chunks} from './xliff12-writer.js'
