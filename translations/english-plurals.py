#!/usr/bin/env python3
"""Fills the English plural forms that lupdate leaves empty in panelist_en.ts.

Source strings say "%n question(s)"; English needs "%n question" and "%n questions".
Run after `cmake --build build --target panelist_lupdate`.
"""
import pathlib
import re

path = pathlib.Path(__file__).with_name("panelist_en.ts")
text = path.read_text(encoding="utf-8")


def fill(match):
    source = match.group(1)
    one, many = source.replace("(s)", ""), source.replace("(s)", "s")
    return (f"<source>{source}</source>\n        <translation>\n"
            f"            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>")


text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*'
              r'<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>',
              fill, text)
path.write_text(text, encoding="utf-8")
