import fc from 'fast-check';

/** One raw request, as bytes, with a short description for failure reports. */
export interface RawCase {
  description: string;
  bytes: Buffer;
}

const HASH = 'ab' + 'c'.repeat(62);

export const METHODS = ['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'CONNECT', 'PRI', 'get', 'post', 'Post', 'FOO', 'M-SEARCH', 'GET\u0000', 'PO ST', 'X'.repeat(10_000)];

/** Paths that broke or could break the gateway's own routing before the GraphQL runtime. */
export function pathsFor(brokenBestand: string): string[] {
  return [
    '/graphql',
    '/graphql?query=%7B__typename%7D',
    '/graphql?query=mutation%7Blogout%7D',
    '/graphql?query=%7B',
    '/graphql?query=%ZZ',
    '/graphql?query=' + encodeURIComponent('{ gemeenten(regioCode: "\u0000") { code } }'),
    '/graphql?variables=%7B&query=%7B__typename%7D',
    '/graphql/',
    '/GRAPHQL',
    '/graphql;x',
    '/graphql#frag',
    '/graphql/../graphql',
    '/',
    '///',
    '//',
    '//x',
    '//x/graphql',
    '///graphql',
    '/%',
    '/%zz',
    '/%00',
    '/..%2f',
    '/..%2f..%2fetc%2fpasswd',
    '/ü',
    '/%F0%9F%98%80',
    '/\u{1F600}',
    '*',
    'http://evil.example/graphql',
    'graphql',
    '\\graphql',
    '/' + 'a'.repeat(8000),
    '/graphql?' + 'x=1&'.repeat(3000),
    '/bestanden/',
    '/bestanden/x',
    `/bestanden/${HASH}.pdf`,
    `/bestanden/${HASH}.exe`,
    `/bestanden/${HASH.toUpperCase()}.pdf`,
    `/bestanden/${HASH}.pdf?download=1`,
    `/bestanden/${HASH}.pdf/`,
    `/bestanden//${HASH}.pdf`,
    `/bestanden/%2e%2e/${HASH}.pdf`,
    '/bestanden/../../../../etc/passwd',
    '/bestanden/..%2f..%2f..%2fetc%2fpasswd',
    `/bestanden/${HASH}.%70df`,
    `///bestanden/${HASH}.pdf`,
    brokenBestand,
  ];
}

const JSON_QUERY = JSON.stringify({ query: '{ gemeenten(regioCode: "AM18") { code } }' });

/** Bodies a broken or hostile client posts. */
export const BODIES: [string, Buffer][] = [
  ['valid query', Buffer.from(JSON_QUERY)],
  ['truncated JSON', Buffer.from(JSON_QUERY.slice(0, 20))],
  ['JSON array (batch)', Buffer.from(`[${JSON_QUERY},${JSON_QUERY}]`)],
  ['empty array', Buffer.from('[]')],
  ['null', Buffer.from('null')],
  ['string', Buffer.from('"{ me { id } }"')],
  ['number', Buffer.from('42')],
  ['query is a number', Buffer.from('{"query": 42}')],
  ['query is null', Buffer.from('{"query": null}')],
  ['query is an object', Buffer.from('{"query": {"kind": "Document"}}')],
  ['variables a string', Buffer.from('{"query":"query($r: ID){ gemeenten(regioCode: $r) { code } }","variables":"{"}')],
  ['variables an array', Buffer.from('{"query":"{ __typename }","variables":[1,2]}')],
  ['extensions garbage', Buffer.from('{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}')],
  ['persisted query only', Buffer.from('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"' + 'f'.repeat(64) + '"}}}')],
  ['__proto__ pollution', Buffer.from('{"__proto__":{"query":"{ me { id } }"},"constructor":{"prototype":{"x":1}}}')],
  ['duplicate keys', Buffer.from('{"query":"{ __typename }","query":"mutation { logout }"}')],
  ['deeply nested array', Buffer.from('{"query":"{ __typename }","variables":{"x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}}')],
  ['deeply nested object', Buffer.from('{"query":"query($f: InstrumentFilter) { instruments(filter: $f) { totalCount } }","variables":{"f":' + '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000) + '}}')],
  ['invalid UTF-8', Buffer.concat([Buffer.from('{"query":"{ gemeenten(regioCode: \\"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('\\") { code } }"}')])],
  ['UTF-16 body', Buffer.from('\ufeff' + JSON_QUERY, 'utf16le')],
  ['BOM then JSON', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON_QUERY)])],
  ['NUL bytes', Buffer.from('{"query":"{ __typename }"}\u0000\u0000')],
  ['escaped lone surrogate', Buffer.from('{"query":"{ gemeenten(regioCode: \\"\\\\ud800\\") { code } }"}')],
  ['form urlencoded', Buffer.from('query=%7B__typename%7D')],
  ['graphql text', Buffer.from('{ __typename }')],
  ['multipart garbage', Buffer.from('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--\r\n')],
  ['huge body (3 MB string)', Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(3 * 1024 * 1024) } }))],
  ['huge body (12 MB of whitespace)', Buffer.concat([Buffer.from('{"query":"{ __typename }"'), Buffer.alloc(12 * 1024 * 1024, 0x20), Buffer.from('}')])],
  ['empty', Buffer.alloc(0)],
];

export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/octet-stream',
  '*/*',
  'application/json\u0000',
  '',
  null,
];

export const ACCEPTS = [null, 'application/json', 'application/graphql-response+json', 'text/event-stream', 'multipart/mixed', 'text/html', '*/*', 'application/xml', ''];

/**
 * Header oddities, applied to an otherwise sensible request that sends `n` body bytes. The length and
 * transfer-encoding oddities only go with a Content-Length body (request smuggling shapes): on other requests they
 * would declare a body that never comes, and waiting for it is right.
 */
function headerOddities(n: number, lengthFramed: boolean): [string, string[]][] {
  const all: [string, string[]][] = [
    ['none', []],
    ['duplicate content-length, equal', [`Content-Length: ${n}`]],
    ['duplicate content-length, different', [`Content-Length: ${n + 5}`]],
    ['content-length with sign', [`Content-Length: +${n}`]],
    ['content-length and chunked', ['Transfer-Encoding: chunked']],
    ['transfer-encoding gzip, chunked', ['Transfer-Encoding: gzip, chunked']],
    ['transfer-encoding xchunked', ['Transfer-Encoding: xchunked']],
    ['transfer-encoding twice', ['Transfer-Encoding: chunked', 'Transfer-Encoding: identity']],
    ['content-encoding gzip (body is not)', ['Content-Encoding: gzip']],
    ['content-encoding unknown', ['Content-Encoding: brotli-9000']],
    ['huge header', [`X-Huge: ${'a'.repeat(70_000)}`]],
    ['many headers', Array.from({ length: 3000 }, (_, i) => `X-H${i}: ${i}`)],
    ['control character in value', ['X-Bad: a\u0001b']],
    ['NUL in value', ['X-Bad: a\u0000b']],
    ['space in name', ['X Bad: 1']],
    ['no colon', ['X-Bad']],
    ['obsolete line folding', ['X-Fold: a', ' b']],
    ['non-ASCII value', ['X-Naam: Jeroen Ünal']],
    ['bearer garbage', ['Authorization: Bearer ' + '\u00ff'.repeat(20)]],
    ['bearer huge', ['Authorization: Bearer ' + 'a'.repeat(10_000)]],
    ['basic auth', ['Authorization: Basic YWRtaW46YWRtaW4=']],
    ['cookie garbage', ['Cookie: sessie=%zz; sessie=; =;;;']],
    ['spoofed client address', ['X-Gateway-Client-Address: 10.0.0.1', 'X-Forwarded-For: 1.2.3.4, 5.6.7.8']],
    ['spoofed caller', ['X-Caller: eyJjYWxsZXIiOnsiaWQiOiJ4Iiwicm9sIjoiTEFORELJSUtfQkVIRUVSREVSIn19', 'X-Caller-Signature: AAAA']],
    ['expect 100-continue', ['Expect: 100-continue']],
    ['expect nonsense', ['Expect: 418-teapot']],
    ['upgrade websocket', ['Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==']],
    ['upgrade h2c', ['Connection: Upgrade, HTTP2-Settings', 'Upgrade: h2c', 'HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA']],
    ['origin evil', ['Origin: https://evil.example']],
    ['range', ['Range: bytes=0-1,5-9999999999']],
  ];
  return lengthFramed ? all : all.filter(([, lines]) => !lines.some((l) => /^(Transfer-Encoding|Content-Length)/.test(l)));
}

function chunked(body: Buffer, style: 'ok' | 'bad-size' | 'huge-size' | 'extension'): Buffer {
  if (style === 'ok') return Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  if (style === 'extension') return Buffer.concat([Buffer.from(`${body.length.toString(16)};x="${'y'.repeat(100)}"\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  if (style === 'huge-size') return Buffer.from('ffffffffffffffffffff\r\nabc\r\n0\r\n\r\n');
  return Buffer.concat([Buffer.from('zz\r\n'), body, Buffer.from('\r\n0\r\n\r\n')]);
}

/**
 * A raw HTTP/1.x request: one method, path, version, header oddity, content type and body; every request is
 * complete (the declared length is sent, the chunked body terminated) and asks the server to close afterwards,
 * so the only reasons to get no answer are the server's.
 */
export function rawCases(brokenBestand: string): fc.Arbitrary<RawCase> {
  return fc
    .record({
      method: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('GET', 'POST') }, { weight: 2, arbitrary: fc.constantFrom(...METHODS) }),
      path: fc.oneof({ weight: 3, arbitrary: fc.constant('/graphql') }, { weight: 4, arbitrary: fc.constantFrom(...pathsFor(brokenBestand)) }),
      version: fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.2', 'HTTP/0.9', 'HTTP/1.1 extra'),
      host: fc.constantFrom<string | null>('localhost', 'localhost', 'evil.example', '', null, 'a'.repeat(300), 'localhost:99999', '[::1', 'loc\u00e4lhost'),
      body: fc.constantFrom(...BODIES),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      accept: fc.constantFrom(...ACCEPTS),
      framing: fc.constantFrom<'length' | 'ok' | 'bad-size' | 'huge-size' | 'extension' | 'none'>('length', 'length', 'length', 'ok', 'bad-size', 'huge-size', 'extension', 'none'),
      oddity: fc.nat(),
    })
    .map((r) => {
      const hasBody = r.framing !== 'none' && r.body[1].length > 0;
      const oddities = headerOddities(hasBody && r.framing === 'length' ? r.body[1].length : 0, hasBody && r.framing === 'length');
      const [oddityName, oddityLines] = oddities[r.oddity % oddities.length]!;
      const lines = [`${r.method} ${r.path} ${r.version}`];
      if (r.host !== null) lines.push(`Host: ${r.host}`);
      if (r.contentType !== null && hasBody) lines.push(`Content-Type: ${r.contentType}`);
      if (r.accept !== null) lines.push(`Accept: ${r.accept}`);
      lines.push('Connection: close');
      let payload: Buffer = Buffer.alloc(0);
      if (hasBody && r.framing === 'length') {
        lines.push(`Content-Length: ${r.body[1].length}`);
        payload = r.body[1];
      } else if (hasBody) {
        lines.push('Transfer-Encoding: chunked');
        payload = chunked(r.body[1], r.framing as 'ok' | 'bad-size' | 'huge-size' | 'extension');
      }
      lines.push(...oddityLines);
      const bytes = Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'utf8'), payload]);
      const short = (s: string) => (s.length > 60 ? `${JSON.stringify(s.slice(0, 40))}...(${s.length})` : JSON.stringify(s));
      return {
        description: `${short(r.method)} ${short(r.path)} ${r.version} host=${r.host === null ? '-' : short(r.host)} ct=${r.contentType === null ? '-' : short(r.contentType)} accept=${r.accept} framing=${hasBody ? r.framing : 'no body'} body=${r.body[0]} oddity=${oddityName}`,
        bytes,
      };
    });
}

/** The hash of the download whose file exists but cannot be read (a directory under its name). */
export const BROKEN_BESTAND_HASH = 'de' + 'ad'.repeat(31);
