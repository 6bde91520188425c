// Types for examples-table.mjs.
export const BEGIN: string;
export const END: string;
export function examplesTable(): string;
export function readmeWithTable(readme: string): string;
