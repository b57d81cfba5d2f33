/**
 * Namespace scopes kept by the readers themselves. saxes' `xmlns: true` mode
 * resolves a prefix by walking every open element, which makes deep nesting
 * quadratic; here each prefix has its own stack, so a lookup is O(1).
 */
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

export class NamespaceScope {
  private readonly bound = new Map<string, string[]>([['xml', [xmlNamespace]]])

  /** Binds the element's `xmlns`/`xmlns:p` attributes; returns the prefixes to release at its end tag. */
  open(attributes: Record<string, string>): string[] | undefined {
    let declared: string[] | undefined
    for (const name in attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue
      const prefix = name === 'xmlns' ? '' : name.slice(6)
      let uris = this.bound.get(prefix)
      if (!uris) {
        uris = []
        this.bound.set(prefix, uris)
      }
      uris.push(attributes[name]!)
      if (declared) declared.push(prefix)
      else declared = [prefix]
    }
    return declared
  }

  close(declared: string[] | undefined): void {
    if (declared) for (const prefix of declared) this.bound.get(prefix)?.pop()
  }

  /** The namespace of a qualified element name: `undefined` when its prefix is not bound. */
  uriOf(qualifiedName: string): string | undefined {
    const colon = qualifiedName.indexOf(':')
    const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon)
    const uri = this.bound.get(prefix)?.at(-1)
    return uri === undefined && prefix === '' ? '' : uri
  }
}

/** The local part of a qualified name (`xliff` of `x:xliff`). */
export function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':')
  return colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1)
}
