export {segmentText} from './segment-text.js'
export type {Sentence, SegmentTextOptions} from './types.js'
