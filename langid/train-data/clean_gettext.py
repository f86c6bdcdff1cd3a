#!/usr/bin/env python3
"""Turns the gettext catalogues of Debian packages into langid training lines.

usage: clean_gettext.py EXTRACT_DIR TRAIN_TSV OUT_TSV [--factor F] [--skip LANG,LANG]

EXTRACT_DIR holds one folder per package (EXTRACT_DIR/<package>/usr/share/locale/<locale>/LC_MESSAGES/*.mo),
as build-debian-gettext.sh lays it out. TRAIN_TSV (shared/data/langid/train.tsv) is read only for two things:
how many lines each language has there (the cap: at most FACTOR times as many extra lines) and which letters
each language uses there (an extra line with any other letter is dropped, so the extra text never widens a
language's alphabet, on which the identifier's alien-letter `und` rule rests).

Writes lang<TAB>text<TAB>debian:<package>/<domain> lines, sorted by language, deterministic for the same
packages. English comes from the msgids (the source strings), every other language from the msgstrs.
"""
import collections
import gettext
import hashlib
import os
import re
import sys
import unicodedata

# Debian locale folder -> Tamiz code. Anything else is skipped (e.g. de_CH, sr@ije, en_GB: the msgids give English).
LOCALES = {
    'bg': 'bg', 'ca': 'ca', 'ca@valencia': 'ca', 'cs': 'cs', 'cy': 'cy', 'da': 'da', 'de': 'de', 'de_DE': 'de',
    'el': 'el', 'es': 'es', 'et': 'et', 'eu': 'eu', 'fi': 'fi', 'fr': 'fr', 'ga': 'ga', 'gl': 'gl', 'hr': 'hr',
    'hu': 'hu', 'it': 'it', 'lt': 'lt', 'lv': 'lv', 'mt': 'mt', 'nl': 'nl', 'nl_NL': 'nl', 'nn': 'nn',
    'nb': 'no', 'no': 'no', 'oc': 'oc', 'pl': 'pl', 'pt': 'pt', 'pt_PT': 'pt', 'pt_BR': 'pt', 'ro': 'ro',
    'ru': 'ru', 'bs': 'sh', 'sk': 'sk', 'sl': 'sl', 'sr': 'sr', 'sr@latin': 'sr', 'sr@Latn': 'sr', 'sv': 'sv',
    'uk': 'uk',
}
CYRILLIC = {'bg', 'ru', 'uk'}
GREEK = {'el'}
MIN_WORDS = 3
MAX_CHARS = 400

FORMAT = re.compile(r"%(\d+\$)?[-+ #0']*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t|I)?[diouxXeEfFgGaAcspnmC%]"
                    r"|%\([a-zA-Z_]+\)[sdifr]|%[A-Z_]+%|\{[^{}]*\}|\$\{[^}]*\}|\$[A-Za-z_]+|<[^<>]*>"
                    r"|&[a-z]+;|&#\d+;")
URL = re.compile(r'\S*(://|www\.|@)\S*')
ACCEL_UNDERSCORE = re.compile(r'_(?=\w)')
ACCEL_AMP = re.compile(r'&(?=\w)')
# Tokens that are code rather than language: options, paths, identifiers, file names, numbers with units.
CODE_TOKEN = re.compile(r'^(-{1,2}\w|.*[/\\=_|~^`#*]|.*\w\.\w+\.|.*\d)')


def letters(s):
    return [c for c in s if c.isalpha()]


def script_ok(lang, s):
    ls = letters(s)
    if not ls:
        return False
    if lang in CYRILLIC:
        good = sum(1 for c in ls if '\u0400' <= c < '\u0530')
    elif lang in GREEK:
        good = sum(1 for c in ls if '\u0370' <= c < '\u0400' or '\u1f00' <= c < '\u2000')
    elif lang == 'sr':
        cyr = sum(1 for c in ls if '\u0400' <= c < '\u0530')
        good = max(cyr, len(ls) - cyr)
    else:
        good = sum(1 for c in ls if unicodedata.name(c, '').startswith('LATIN'))
    return good >= 0.98 * len(ls)


def clean(s):
    s = s.replace('\\n', '\n').replace('\t', ' ')
    s = FORMAT.sub(' ', s)
    s = URL.sub(' ', s)
    s = ACCEL_UNDERSCORE.sub('', s)
    s = ACCEL_AMP.sub('', s)
    out = []
    for tok in s.split():
        if CODE_TOKEN.match(tok):
            continue
        out.append(tok)
    s = ' '.join(out)
    s = s.strip(' \t-–—:;,.·•*|')
    return s


def acceptable(lang, s, alphabet):
    if len(s) > MAX_CHARS:
        return False
    words = [w for w in s.split() if any(c.isalpha() for c in w)]
    if len(words) < MIN_WORDS:
        return False
    nonspace = [c for c in s if not c.isspace()]
    ls = letters(s)
    if len(ls) < 0.8 * len(nonspace):
        return False
    if not script_ok(lang, s):
        return False
    if any(c.lower() not in alphabet for c in ls):
        return False
    # Mostly capitalised words: titles, menu labels, product names rather than running text.
    caps = sum(1 for w in words if w[0].isupper())
    if lang != 'de' and caps > 0.6 * len(words):
        return False
    return True


def pieces(text):
    """A catalogue string cut into lines (help texts are many lines in one string)."""
    for line in text.split('\n'):
        line = line.strip()
        if line:
            yield line


def stable_key(s):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    extract, train, out_path = argv[1], argv[2], argv[3]
    factor = 1.0
    if '--factor' in argv:
        factor = float(argv[argv.index('--factor') + 1])
    train_lines = collections.Counter()
    letter_counts = collections.defaultdict(collections.Counter)
    with open(train, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) < 2:
                continue
            train_lines[parts[0]] += 1
            letter_counts[parts[0]].update(c.lower() for c in parts[1] if c.isalpha())
    alphabets = {}
    for lang, counts in letter_counts.items():
        alphabet = {c for c, n in counts.items() if n >= 2}
        if lang not in CYRILLIC and lang not in GREEK:
            alphabet |= set('abcdefghijklmnopqrstuvwxyz')
        alphabets[lang] = alphabet

    # lang -> source -> {normalised text: text}
    found = collections.defaultdict(lambda: collections.defaultdict(dict))
    seen = collections.defaultdict(set)
    for package in sorted(os.listdir(extract)):
        locale_root = os.path.join(extract, package, 'usr', 'share', 'locale')
        if not os.path.isdir(locale_root):
            continue
        for locale in sorted(os.listdir(locale_root)):
            lang = LOCALES.get(locale)
            msgdir = os.path.join(locale_root, locale, 'LC_MESSAGES')
            if not os.path.isdir(msgdir):
                continue
            for mo in sorted(os.listdir(msgdir)):
                if not mo.endswith('.mo') or mo.startswith('iso_'):
                    continue  # iso-codes: names of countries and languages, not text
                source = 'debian:%s/%s' % (package, mo[:-3])
                try:
                    with open(os.path.join(msgdir, mo), 'rb') as fp:
                        catalog = gettext.GNUTranslations(fp)._catalog
                except Exception as e:  # a broken catalogue is skipped, not fatal
                    print('skip %s/%s: %s' % (source, locale, e), file=sys.stderr)
                    continue
                for key, msgstr in sorted(catalog.items(), key=lambda kv: repr(kv[0])):
                    msgid = key[0] if isinstance(key, tuple) else key
                    if not msgid or not msgstr:
                        continue
                    if '\x04' in msgid:
                        msgid = msgid.split('\x04', 1)[1]
                    msgid_clean = {clean(p).lower() for p in pieces(msgid)}
                    targets = []
                    if lang is not None:
                        targets.append((lang, msgstr))
                    targets.append(('en', msgid))
                    for tlang, text in targets:
                        for piece in pieces(text):
                            c = clean(piece)
                            if tlang != 'en' and c.lower() in msgid_clean:
                                continue  # untranslated
                            if not acceptable(tlang, c, alphabets.get(tlang, set())):
                                continue
                            norm = c.lower()
                            if norm in seen[tlang]:
                                continue
                            seen[tlang].add(norm)
                            found[tlang][source][norm] = c

    # A line found in two languages (copied translations, e.g. between sr@latin and bs) says nothing about
    # either: dropped from both.
    owners = collections.Counter(norm for lang in seen for norm in seen[lang])
    for lang in found:
        for source in found[lang]:
            found[lang][source] = {k: v for k, v in found[lang][source].items() if owners[k] == 1}
    skip = set(a[a.index('--skip') + 1].split(',')) if '--skip' in (a := argv) else set()

    with open(out_path, 'w', encoding='utf-8') as out:
        for lang in sorted(found):
            if lang in skip:
                continue
            cap = int(factor * train_lines.get(lang, 0))
            # Round-robin over the catalogues (each shuffled by a hash of its lines), so no one program's
            # vocabulary dominates a language.
            queues = []
            for source in sorted(found[lang]):
                items = sorted(found[lang][source].values(), key=stable_key)
                queues.append([(source, t) for t in items])
            chosen = []
            i = 0
            while len(chosen) < cap and any(queues):
                for q in queues:
                    if i < len(q) and len(chosen) < cap:
                        chosen.append(q[i])
                i += 1
                if all(i >= len(q) for q in queues):
                    break
            chosen.sort(key=lambda st: stable_key(st[1]))
            for source, text in chosen:
                out.write('%s\t%s\t%s\n' % (lang, text, source))
            total = sum(len(v) for v in found[lang].values())
            print('%s: %d candidates from %d catalogues, %d written (cap %d)'
                  % (lang, total, len(found[lang]), len(chosen), cap), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv)
