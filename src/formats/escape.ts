/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab, newline and
 * carriage return, U+FFFE and U+FFFF, and lone surrogate halves (a name decoded from invalid UTF-8
 * can carry any of them). They become U+FFFD, so the document stays well-formed.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe inside XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * JSON that is safe inside an HTML <script> element: "<" is written as \u003c so no "</script>"
 * or "<!--" in a function name can end the element early; U+2028/2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
