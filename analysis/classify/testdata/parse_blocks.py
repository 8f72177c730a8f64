import json, sys, re
# Format: blocks starting with "=== L | subject" where L is T (touching_base) or S (substantive).
# Optional "~~ in: text" / "~~ out: text" lines right after the header add thread messages.
def parse(path, prefix):
    out = []
    cur = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('=== '):
            if cur: out.append(cur)
            lab, subj = line[4:].split(' | ', 1)
            cur = {'label': 'touching_base' if lab.strip() == 'T' else 'substantive', 'subject': subj.strip(), 'lines': [], 'thread': []}
        elif cur is not None and line.startswith('~~ '):
            d, t = line[3:].split(': ', 1)
            cur['thread'].append((d, t))
        elif cur is not None:
            cur['lines'].append(line)
    if cur: out.append(cur)
    rows = []
    for i, c in enumerate(out, 1):
        body = '\n'.join(c['lines']).strip('\n')
        r = {'id': '%s-%04d' % (prefix, i), 'subject': c['subject'], 'body': body, 'label': c['label']}
        if c['thread']:
            r['thread'] = [{'direction': d, 'date': '2026-05-%02dT09:00:00Z' % (k + 4), 'body': t} for k, (d, t) in enumerate(c['thread'])]
        rows.append(r)
    return rows
if __name__ == '__main__':
    rows = parse(sys.argv[1], sys.argv[2])
    with open(sys.argv[3], 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    n = sum(r['label'] == 'touching_base' for r in rows)
    print(len(rows), 'rows', n, 'touching_base', file=sys.stderr)
