#!/usr/bin/env python3
"""Fills a Qt .ts file from a plain list of translations, one per line, in the order of the
file's unique source texts ("\\n" stands for a line break). Used after `update_translations`
adds new strings: dump the sources with --list, translate, then fill."""
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
    if len(sys.argv) == 3 and sys.argv[1] == '--list':
        for text in unique_sources(ET.parse(sys.argv[2])):
            print(text.replace('\n', '\\n'))
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
