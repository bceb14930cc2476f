#!/usr/bin/env python3
"""Proofs every Welsh text the quiz shows: spelling with Bangor University's hunspell cy_GB
dictionary (run by Debian's hunspell, which is fast) and mutations (treigladau) with the rules
engine of the PyPI package cymraeg-mcp, which ships that dictionary. Offline.

    scripts/welsh-proof.py     (with cymraeg-mcp importable: scripts/test.sh sets that up)

A word the dictionary does not know passes if the English file it is translated from has it
too (a name, a code or a term kept in English, as Careers Wales keeps the English in brackets),
or if scripts/welsh-proof-allowlist.txt lists it with the reason. A mutation finding passes only
if the allowlist explains why it is a false alarm. Anything else is printed with its file and
entry, and the script fails.
"""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from cymraeg_mcp.mutations import MutationEngine
from cymraeg_mcp.paths import dictionary_base, mutation_rules_path

ROOT = Path(__file__).resolve().parent.parent
ALLOWLIST = ROOT / "scripts/welsh-proof-allowlist.txt"
# Keys whose values are data, not Welsh prose (ids, regions, sources, figures, addresses).
DATA_KEYS = {"id", "region", "topic", "sources", "source", "nation", "lang", "url", "soc", "median"}
LETTERS = "A-Za-zÂâÊêÎîÔôÛûŴŵŶŷÄäËëÏïÖöÜüÁáÉéÍíÓóÚúÀàÈèÌìÒòÙù"
WORD = re.compile(rf"[{LETTERS}]+(?:['’-][{LETTERS}]+)*")
# Clitics after an apostrophe: chi'n, i'r, wedi'i, a'u, o'ch, i'w, fy'm.
CLITIC = re.compile(r"['’](n|r|i|u|w|m|th|ch|ch|ei|ni)$", re.IGNORECASE)


def texts(value, path=""):
    """Every text in a TOML value, with the path of keys that leads to it."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from texts(item, f"{path}[{n}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in DATA_KEYS:
                yield from texts(item, f"{path}.{key}" if path else key)


def welsh_files():
    """(Welsh file, the English file it translates)."""
    for cy in sorted((ROOT / "content/cy").rglob("*.toml")):
        yield cy, ROOT / "content" / cy.relative_to(ROOT / "content/cy")
    for name in ["cy.toml", "pages.cy.toml"]:
        yield ROOT / "content/messages" / name, ROOT / "content/messages" / name.replace("cy.toml", "en.toml")


def words_of(text):
    """The words to look up: placeholders and addresses out, clitics split off, hyphenated
    words whole and in parts."""
    text = re.sub(r"\{[a-z_]+\}|https?://\S+", " ", text)
    for match in WORD.finditer(text):
        word = match.group()
        while CLITIC.search(word) and len(word) > 3:
            word = CLITIC.sub("", word)
        word = re.sub(r"^['’]", "", word)
        yield word
        if "-" in word:
            yield from word.split("-")


def read_allowlist():
    """`word  # reason` lines, and `mutation TRIGGER WORD  # reason` for false alarms."""
    spelling, mutations = {}, {}
    for number, line in enumerate(ALLOWLIST.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        entry, _, reason = line.partition("#")
        if not reason.strip():
            sys.exit(f"{ALLOWLIST.relative_to(ROOT)}:{number}: every entry needs its reason after #")
        parts = entry.split()
        if parts[0] == "mutation" and len(parts) == 3:
            mutations[(parts[1].lower(), parts[2].lower())] = reason.strip()
        elif len(parts) == 1:
            spelling[parts[0]] = reason.strip()
        else:
            sys.exit(f"{ALLOWLIST.relative_to(ROOT)}:{number}: not `word # reason` or `mutation TRIGGER WORD # reason`")
    return spelling, mutations


class Hunspell:
    """Debian's hunspell on the cy_GB dictionary. The mutation engine asks about the words of the
    texts and the radicals they could be mutated from: all are looked up in one run first."""

    def __init__(self, dictionary):
        self.dictionary = dictionary
        self.looked_up, self.not_known = set(), set()

    def look_up(self, words):
        words = sorted(set(words) - self.looked_up)
        out = subprocess.run(["hunspell", "-d", self.dictionary, "-l"], input="\n".join(words), capture_output=True, text=True, encoding="utf-8", check=True)
        self.looked_up.update(words)
        self.not_known.update(out.stdout.split())

    def known(self, word):
        if word not in self.looked_up:
            self.look_up([word])
        return word not in self.not_known


def main():
    if len(sys.argv) != 1:
        sys.exit(__doc__)
    hunspell = Hunspell(str(dictionary_base()))
    engine = MutationEngine(mutation_rules_path(), hunspell.known)
    # The checks must be able to fail: a misspelling and a missed mutation are caught.
    hunspell.look_up(["cyfrifiadurr", "cyfrifiadur"])
    if hunspell.not_known != {"cyfrifiadurr"} or [f.word for f in engine.check_text("Dwi eisiau mynd i Caerdydd am tro.")] != ["Caerdydd", "tro"]:
        sys.exit("welsh-proof: the dictionary or the mutation rules did not load: check the dictionary path")
    hunspell.looked_up.clear()
    hunspell.not_known.clear()
    allowed_spelling, allowed_mutations = read_allowlist()
    used_spelling, used_mutations = set(), set()
    entries = []  # (file, key path, text, words of the English file)
    for welsh, english in welsh_files():
        english_words = set()
        if english.exists():
            for _, text in texts(tomllib.loads(english.read_text(encoding="utf-8"))):
                english_words.update(w.lower() for w in words_of(re.sub(r"['’]s\b", "", text)))
        for path, text in texts(tomllib.loads(welsh.read_text(encoding="utf-8"))):
            entries.append((welsh.relative_to(ROOT), path, text, english_words))
    words = {w for _, _, text, _ in entries for w in words_of(text)}
    forms = {f for w in words for f in (w, w.lower(), w[:1].upper() + w[1:])}
    radicals = {r for w in forms for kind in ("soft", "nasal", "aspirate") for r in engine.demutate(w, kind)}
    hunspell.look_up(forms | {f for r in radicals for f in (r, r.lower(), r[:1].upper() + r[1:])})
    unknown = hunspell.not_known
    problems = []
    for file, path, text, english_words in entries:
        for word in dict.fromkeys(words_of(text)):
            if word not in unknown or word.lower() in english_words:
                continue
            if word in allowed_spelling:
                used_spelling.add(word)
                continue
            problems.append(f"{file}: {path}: spelling: `{word}` is not in the cy_GB dictionary")
        # Placeholders stand for names and numbers: a trigger does not act across one.
        for finding in engine.check_text(re.sub(r"\{[a-z_]+\}", ",", text)):
            before = WORD.findall(text[: finding.start])
            trigger = before[-1] if before else ""
            key = (trigger.lower().strip("’'"), finding.word.lower())
            if key in allowed_mutations:
                used_mutations.add(key)
                continue
            problems.append(f"{file}: {path}: mutation after `{trigger}`: `{finding.word}` should be {' or '.join(finding.suggestions)} ({finding.rule_en})")
    for word in sorted(set(allowed_spelling) - used_spelling):
        problems.append(f"{ALLOWLIST.relative_to(ROOT)}: `{word}` is no longer needed: take it out")
    for trigger, word in sorted(set(allowed_mutations) - used_mutations):
        problems.append(f"{ALLOWLIST.relative_to(ROOT)}: mutation `{trigger} {word}` is no longer needed: take it out")
    checked = sum(1 for _ in entries)
    if problems:
        print("\n".join(problems))
        print(f"welsh-proof: {len(problems)} problems in {checked} Welsh texts")
        return 1
    print(f"welsh-proof: {checked} Welsh texts: spelling and mutations clean ({len(allowed_spelling)} words and {len(allowed_mutations)} mutation false alarms allowed, each with its reason)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
