#!/usr/bin/env python3
"""Copies the demo data files into www/index.html's inline <script type="application/json">
blocks, so the page opens from file:// with its data inline (no fetch). tests/demo_page.rs checks
that they stay equal. Usage: python3 scripts/embed_demo_data.py"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
BLOCKS = {"data-33618": "examples/33618.treemap.json", "data-2027-targets": "examples/2027-targets.gauges.json"}
page_path = root / "www/index.html"
page = page_path.read_text(encoding="utf-8")
for block_id, source in BLOCKS.items():
    data = json.loads((root / source).read_text(encoding="utf-8"))
    # "</" inside a script element would end it early; "<\/" is the same JSON string.
    text = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    pattern = re.compile(r'(<script type="application/json" id="%s">\n).*?(\n?</script>)' % block_id, re.S)
    page, n = pattern.subn(lambda m: m.group(1) + text + "\n</script>", page)
    assert n == 1, f"data block {block_id} not found in www/index.html"
page_path.write_text(page, encoding="utf-8")
