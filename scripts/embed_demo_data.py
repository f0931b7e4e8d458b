#!/usr/bin/env python3
"""Copies examples/33618.treemap.json into www/index.html's <script id="data-33618"> block,
so the page opens from file:// with its data inline (no fetch). tests/demo_page.rs checks that
the two stay equal. Usage: python3 scripts/embed_demo_data.py"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
data = json.loads((root / "examples/33618.treemap.json").read_text(encoding="utf-8"))
# "</" inside a script element would end it early; "<\/" is the same JSON string.
text = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
page_path = root / "www/index.html"
page = page_path.read_text(encoding="utf-8")
pattern = re.compile(r'(<script type="application/json" id="data-33618">\n).*?(\n?</script>)', re.S)
page, n = pattern.subn(lambda m: m.group(1) + text + "\n</script>", page)
assert n == 1, "data block not found in www/index.html"
page_path.write_text(page, encoding="utf-8")
