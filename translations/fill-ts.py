#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist .ts file from a JSON dictionary.

    fill-ts.py phasic-traces_da.ts dict.json        # fill, rewrite the .ts in place
    fill-ts.py phasic-traces_da.ts --list           # print the unfinished messages as JSON

The dictionary maps a source text, or "context\\u0004source" for one context only, to the
translation (a list of forms for a plural message). Only messages marked unfinished are
touched; run the update_translations target afterwards so lupdate rewrites the file in its
own layout. Unknown sources are listed on stderr and stay unfinished.
"""
import html, json, re, sys

MSG = re.compile(r'(<message(?P<attrs>[^>]*)>\s*<source>(?P<src>[^<]*)</source>(?:(?!</message>).)*?)'
                 r'<translation type="unfinished"(?:/>|>(?P<tr>.*?)</translation>)',
                 re.S)
CTX = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def main():
    path = sys.argv[1]
    text = open(path, encoding='utf-8').read()
    if sys.argv[2] == '--list':
        out = []
        for c in CTX.finditer(text):
            for m in MSG.finditer(c.group('body')):
                out.append({'context': html.unescape(c.group('name')),
                            'source': html.unescape(m.group('src')),
                            'numerus': 'numerus="yes"' in m.group('attrs')})
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        return
    table = json.load(open(sys.argv[2], encoding='utf-8'))
    missing = []

    def fill_context(c):
        ctx = html.unescape(c.group('name'))

        def fill(m):
            src = html.unescape(m.group('src'))
            tr = table.get(ctx + '\u0004' + src, table.get(src))
            if tr is None:
                missing.append((ctx, src))
                return m.group(0)
            numerus = 'numerus="yes"' in m.group('attrs')
            if numerus != isinstance(tr, list):
                sys.exit(f'{ctx}: {src!r}: plural message needs a list (and only it)')
            if numerus:
                body = ''.join(f'\n            <numerusform>{esc(f)}</numerusform>' for f in tr)
                return m.group(1) + f'<translation>{body}\n        </translation>'
            return m.group(1) + f'<translation>{esc(tr)}</translation>'

        return c.group(0).replace(c.group('body'), MSG.sub(fill, c.group('body')))

    text = CTX.sub(fill_context, text)
    open(path, 'w', encoding='utf-8').write(text)
    for ctx, src in missing:
        print(f'unfinished: [{ctx}] {src!r}', file=sys.stderr)


if __name__ == '__main__':
    main()
