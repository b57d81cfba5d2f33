/** Complementary error function (Numerical Recipes' erfcc, |error| < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  return x >= 0 ? r : 2 - r
}

/**
 * Gale & Church's length cost: −log of the probability that a target of
 * `lt` characters translates a source of `ls`, given `ratio` target
 * characters per source character and variance `variance` per character.
 */
export function lengthCost(ls: number, lt: number, ratio: number, variance: number): number {
  const mean = (ls * ratio + lt) / 2
  if (mean <= 0) return 0
  const delta = (lt - ls * ratio) / Math.sqrt(variance * mean)
  const p = erfc(Math.abs(delta) / Math.SQRT2)
  return p > 1e-12 ? -Math.log(p) : 27.6
}
