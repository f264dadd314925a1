/** The URL of `entry` (a TypeScript file, relative to `root`, the project by default) as bundled JavaScript. */
export function compiled(entry: string, root?: string): Promise<string>;
