/**
 * English words too common to say which sentence translates which: the
 * lexicon never links a Russian word to them.
 */
export const englishStopWords: ReadonlySet<string> = new Set(
  'a an the of to in on at by for from with without about as into onto upon over under and or but nor so yet if then than that this these those there here it its be is are was were been being am do does did done have has had having will would shall should can could may might must not no yes i you he she we they me him her us them my your his our their mine yours what which who whom whose when where why how all any some each every one ones other another such same very too also just only even still more most less least much many few up down out off again once get got go went make made take took come came give gave say said tell told thing things way ok oh o'.split(' ')
)
