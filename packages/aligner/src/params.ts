/**
 * Costs of the alignment model, in nats (−log probability). Tuned by
 * coordinate search on the WMT ru-en noisy/heavy sets (scripts/bench/align.mjs),
 * except the 2-2, 1-3 and 3-1 costs: those sets have no such beads, so the
 * costs stay at a moderate prior instead of the search's "never".
 */
export const params = {
  /** Half-width of the band, in sentences, around the length diagonal. */
  band: 16,
  /** English characters per Russian character before the document says otherwise. */
  priorRatio: 1.04,
  /** How many characters of document evidence weigh as much as the prior ratio. */
  priorChars: 1500,
  /** Gale-Church variance per character. */
  variance: 4.08,
  lengthWeight: 1,
  /** Extra cost per move type (1-1 is free). */
  move: {'2-1': 1.84, '1-2': 1.84, '2-2': 5.5, '1-3': 5.5, '3-1': 5.5},
  /** Extra cost of a list lead-in ending in a colon plus its items against one sentence (4-1 … 6-1, either way). */
  listMove: 3,
  /** A merge one of whose sentences (of 30 characters or more) brings no evidence of its own (none that its siblings lack): an omission glued on. */
  unsupported: 2,
  /** … shares at most this fraction of the evidence per character of its best sibling (0: none at all). */
  unsupportedShare: 0,
  /** Cost of leaving one sentence unaligned. */
  deleteSrc: 2.3,
  deleteTgt: 4.5,
  /** Cost of leaving a sentence unaligned, per unit of key weight it shares with the sentences facing the gap (one either side). */
  counterpart: 0.5,
  /** Discount on the deletion cost for credit lines and share prompts. */
  boilerplate: 3,
  /** Discount on the deletion cost for a heading (a page title or section heading one side lacks). */
  headingDelete: 1.5,
  /** A bead pairing a boilerplate line with a line of another kind. */
  kindMismatch: 1.6,
  /** Reward per unit of shared key weight. */
  shared: 2,
  /** Cost per unit of hard key weight the other side lacks. */
  missingHard: 0.3,
  /** Paragraph structure: both sides start a paragraph here / only one does. */
  paraBoth: 0.66,
  paraSrcOnly: 0.4,
  paraTgtOnly: 0.72,
  /** Bead confidence: logistic of bias + margin·(nats to the best local rival, capped) − cost·(bead cost); fitted on the align-real dev part by scripts/bench/align-calibrate.mjs. */
  confidence: {bias: 0.34, margin: 0.67, marginCap: 8, cost: 0},
  /** A bead that crosses a paragraph boundary inside one side. */
  paraInside: 1.875
}

export type Params = typeof params
