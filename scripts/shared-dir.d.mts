export function sharedDir(): string
export const repoRoot: string
