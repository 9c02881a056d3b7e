import re,sys
for p in sys.argv[1:]:
    s=open(p).read()
    m=re.search(r"import \{([^}]*)\} from 'node:test';", s)
    if not m: continue
    names=[n.strip() for n in m.group(1).split(',') if n.strip()]
    mapped=sorted({'before':'beforeAll','after':'afterAll'}.get(n,n) for n in names)
    s=s.replace(m.group(0), "import { %s } from '@jest/globals';" % ', '.join(mapped))
    s=re.sub(r"(^|[^.\w])before\(", r"\1beforeAll(", s)
    s=re.sub(r"(^|[^.\w])after\(", r"\1afterAll(", s)
    open(p,'w').write(s)
    print('converted', p, mapped)
