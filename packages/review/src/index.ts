export {applyCorrections, type AppliedCorrections, type ParsedCorrections, parseCorrections} from './corrections.js'
export {defaultMessages, escapeHtml, renderReviewPage} from './render-page.js'
export {type ReviewDocumentOptions, reviewDocument} from './review-document.js'
export type {
  AlignedBead,
  CorrectedDocument,
  Corrections,
  ReviewBead,
  ReviewDocument,
  ReviewFinding,
  ReviewMessages,
  ReviewPageOptions,
  ReviewSentence,
  ReviewStatus
} from './types.js'
