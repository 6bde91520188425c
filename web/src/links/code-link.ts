// code-link: a program carried in its link's fragment, so sharing edited
// code needs no server and the link opens anywhere, offline included (the
// fragment never leaves the browser; the service worker serves the page).
//
//   https://goro.example/p/KCuD3QN2BfK#code=<base64url(deflate-raw(UTF-8 source))>
//
// The fragment is read as URL parameters, so later keys can sit beside
// `code`. Decoding is bounded: a link cannot make the page inflate more than
// MAX_SOURCE_BYTES.

export const CODE_PARAM = 'code';
export const MAX_SOURCE_BYTES = 1 << 20;

export class CodeLinkError extends Error {
  override name = 'CodeLinkError';
}

// encodeCode() compresses a program into the text of a `code` parameter.
export async function encodeCode(source: string): Promise<string> {
  const deflated = new Blob([source]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(deflated).arrayBuffer()));
}

// decodeCode() reads a `code` parameter back into the program's source.
export async function decodeCode(param: string): Promise<string> {
  const bytes = fromBase64Url(param);
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = inflated.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_SOURCE_BYTES) {
        void reader.cancel();
        throw new CodeLinkError(`the program in the link is larger than ${MAX_SOURCE_BYTES >> 10} KiB`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof CodeLinkError) throw err;
    throw new CodeLinkError('the program in the link is damaged (it may have been cut short)');
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(all);
  } catch {
    throw new CodeLinkError('the program in the link is not UTF-8 text');
  }
}

// codeParam() is the `code` parameter of a fragment ("#code=..."), or null.
export function codeParam(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(CODE_PARAM);
  return value === null || value === '' ? null : value;
}

// withCode() is a link to `url`'s page carrying the encoded program.
export function withCode(url: string, encoded: string): string {
  const u = new URL(url);
  u.hash = `${CODE_PARAM}=${encoded}`;
  return u.href;
}

// toBase64Url() is RFC 4648's URL alphabet, without padding: nothing in it
// needs escaping in a fragment.
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new CodeLinkError('the program in the link is damaged (not base64url)');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
