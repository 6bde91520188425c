// dom: small typed helpers for the pages.

// byId() finds an element the page's HTML must have.
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

// copyText() puts text on the clipboard; false where the browser refuses
// (no permission, or not a secure context), and the caller shows it instead.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// onRunShortcut() calls fn on Ctrl+Enter or Cmd+Enter anywhere in the page.
export function onRunShortcut(fn: () => void): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      fn();
    }
  });
}

// wasmRoot() is where the two WebAssembly builds are, under the site's base.
export function wasmRoot(): string {
  return new URL(`${import.meta.env.BASE_URL}wasm/`, location.href).href;
}

// registerServiceWorker() makes the site work offline (sw.ts). Not in the
// dev server, whose files change under it.
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL, type: 'module' })
    .catch((err: unknown) => console.warn('goro: no offline support:', err));
}
