import type {AbbreviationData} from './sentence-language.js'

// English abbreviations for the sentence scanner. Edit freely: one word per
// entry, lowercase, without the final dot. Which list a word belongs to
// decides what happens when a capital or a number follows it.

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean)

export const abbreviationsEn: AbbreviationData = {
  head: w(`
    mr mrs ms messrs mmes dr prof rev hon gen col lt sgt capt cmdr adm maj brig
    gov sen rep pres supt insp det fr sra srta mme mlle mt ft vs v cf viz approx assoc asst drs pvt
  `),
  tail: w(`
    inc ltd co corp llc plc bros jr sr esq etc al ed eds dept univ assn
    ala ariz ark calif colo conn fla kan kans ky md mich minn neb nebr nev okla penn tenn tex vt wis wisc wyo
  `),
  context: w(`
    st ave blvd rd hwy
    jan feb mar apr jun jul aug sep sept oct nov dec
  `),
  numberHead: w(`
    no nos p pp fig figs vol vols ch chap sec art par para eq op ex ref tab nr c ca ext pop
  `),
  headDotted: w(`
    e.g i.e
  `),
  tailDotted: w(`
    a.m p.m
    s.a n.v b.v s.p.a s.a.s l.p p.l.c s.r.l a.s
  `),
  initials: w(`
    wm chas geo thos jas jos
  `),
  keptBefore: w(``),
  starters: w(`
    the a an it its he she we they i you this that these those there here
    in on at but and or so if when while after before however his her their our my your
    as for to of with by from what who how why where then now also one some many most
    all yes is was are were be do does did have has had will would can could should may
    might let please thank thanks today yesterday tomorrow since because although though
    each every both other such not nor yet still meanwhile later first next finally
  `),
  headings: w(`
    section chapter article part appendix annex item step table figure schedule
  `),
  exclaimed: w(`
    yahoo jeopardy
  `)
}
