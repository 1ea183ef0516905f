#!/usr/bin/env python3
"""Fills a Qt .ts file's translations ("\\n" stands for a line break in the lists):
  fill-translations.py --list FILE.ts              the unique source texts, one per line
  fill-translations.py --missing FILE.ts           those without a translation yet
  fill-translations.py FILE.ts LIST                every translation, in the order of --list
  fill-translations.py FILE.ts --pairs PAIRS.tsv   source<TAB>translation lines, for new strings
Used after the `update_translations` build target adds strings."""
import sys
import xml.etree.ElementTree as ET


def unique_sources(tree):
    seen = []
    for message in tree.iter('message'):
        text = message.find('source').text
        if text not in seen:
            seen.append(text)
    return seen


def main():
    if len(sys.argv) == 3 and sys.argv[1] in ('--list', '--missing'):
        tree = ET.parse(sys.argv[2])
        missing = set()
        for message in tree.iter('message'):
            translation = message.find('translation')
            if translation.get('type') == 'unfinished' or not (translation.text or '').strip():
                missing.add(message.find('source').text)
        for text in unique_sources(tree):
            if sys.argv[1] == '--list' or text in missing:
                print(text.replace('\n', '\\n'))
        return
    if len(sys.argv) == 4 and sys.argv[2] == '--pairs':
        tree = ET.parse(sys.argv[1])
        table = {}
        for line in open(sys.argv[3], encoding='utf-8').read().split('\n'):
            if '\t' in line:
                source, text = line.split('\t', 1)
                table[source.replace('\\n', '\n')] = text.replace('\\n', '\n')
        for message in tree.iter('message'):
            source = message.find('source').text
            if source in table:
                translation = message.find('translation')
                translation.text = table[source]
                translation.attrib.pop('type', None)
        tree.write(sys.argv[1], encoding='utf-8', xml_declaration=True)
        return
    ts_path, list_path = sys.argv[1], sys.argv[2]
    tree = ET.parse(ts_path)
    sources = unique_sources(tree)
    lines = open(list_path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if len(lines) != len(sources):
        sys.exit(f'{list_path}: {len(lines)} translations for {len(sources)} source texts')
    table = dict(zip(sources, (l.replace('\\n', '\n') for l in lines)))
    for message in tree.iter('message'):
        translation = message.find('translation')
        translation.text = table[message.find('source').text]
        translation.attrib.pop('type', None)
    tree.write(ts_path, encoding='utf-8', xml_declaration=True)


if __name__ == '__main__':
    main()
