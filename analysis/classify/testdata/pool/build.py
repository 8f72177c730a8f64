#!/usr/bin/env python3
"""Build the real-mail development pool (see README.md in this folder).

usage: build.py AESLC_GIT_DIR REAL_JSONL OUT_DIR

Reads the sent-folder emails of the AESLC repository (github.com/ryanzhumich/AESLC,
a bare git directory such as the one `fetch` brings), drops every email that shares
30 % or more of its word trigrams with an email of the Enron evaluation set
(REAL_JSONL is only compared, shingle by shingle, never printed or copied), and
writes to OUT_DIR (keep it out of the repository: build/pool is gitignored):
  pool.jsonl     every remaining email, {"id","subject","body"}
  labeled.jsonl  the emails labels.jsonl labels, in the shared format
                 {"id","subject","body","label"}: `dialtone eval OUT_DIR/labeled.jsonl`
"""
import json, os, re, subprocess, sys


def trigrams(s):
    w = re.findall(r"[a-z0-9]+", s.lower())
    return set(zip(w, w[1:], w[2:]))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    git, real_path, out = sys.argv[1:]
    names = subprocess.run(["git", "--git-dir", git, "ls-tree", "-r", "--name-only", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.split()
    names = sorted(n for n in names if "_sent_" in n and n.endswith(".subject"))
    real = [json.loads(l) for l in open(real_path, encoding="utf-8") if l.strip()]
    index = {}
    sizes = []
    for i, r in enumerate(real):
        g = trigrams(r["body"])
        sizes.append(len(g))
        for t in g:
            index.setdefault(t, []).append(i)
    bodies = {r["body"].strip() for r in real}
    os.makedirs(out, exist_ok=True)
    kept = dropped = 0
    pool = {}
    for n in names:
        text = subprocess.run(["git", "--git-dir", git, "show", "HEAD:" + n],
                              capture_output=True, text=True, errors="replace", check=True).stdout
        body = text.split("\n@subject\n")[0]
        m = re.search(r"\n@subject\n(.*?)\n", text + "\n")
        subject = m.group(1) if m else ""
        g = trigrams(body)
        shared = {}
        for t in g:
            for i in index.get(t, ()):
                shared[i] = shared.get(i, 0) + 1
        near = any(c / max(1, min(len(g), sizes[i])) > 0.3 for i, c in shared.items())
        if near or body.strip() in bodies:
            dropped += 1
            continue
        kept += 1
        pool[os.path.basename(n)[:-len(".subject")]] = {"subject": subject, "body": body}
    with open(os.path.join(out, "pool.jsonl"), "w", encoding="utf-8") as f:
        for i, e in pool.items():
            f.write(json.dumps({"id": i, **e}) + "\n")
    here = os.path.dirname(os.path.abspath(__file__))
    n = 0
    with open(os.path.join(here, "labels.jsonl"), encoding="utf-8") as lab, \
            open(os.path.join(out, "labeled.jsonl"), "w", encoding="utf-8") as f:
        for l in lab:
            x = json.loads(l)
            if x["id"] in pool:
                f.write(json.dumps({"id": x["id"], **pool[x["id"]], "label": x["label"]}) + "\n")
                n += 1
    print(f"{len(names)} sent emails, {dropped} near the evaluation set dropped, {kept} kept, {n} labeled",
          file=sys.stderr)


if __name__ == "__main__":
    main()
