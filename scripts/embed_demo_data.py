#!/usr/bin/env python3
"""Copies the demo data files into the demo pages' inline <script type="application/json">
blocks (www/index.html in English, www/zh.html in Chinese), so the pages open from file:// with
their data inline (no fetch). tests/demo_page.rs checks that they stay equal.
Usage: python3 scripts/embed_demo_data.py"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
PAGES = {
    "www/index.html": {"data-33618": "examples/33618.treemap.json", "data-2027-targets": "examples/2027-targets.gauges.json"},
    "www/zh.html": {"data-33618-zh": "examples/33618.zh.treemap.json", "data-2027-targets-zh": "examples/2027-targets.zh.gauges.json"},
}
for page_name, blocks in PAGES.items():
    page_path = root / page_name
    page = page_path.read_text(encoding="utf-8")
    for block_id, source in blocks.items():
        data = json.loads((root / source).read_text(encoding="utf-8"))
        # "</" inside a script element would end it early; "<\/" is the same JSON string.
        text = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
        pattern = re.compile(r'(<script type="application/json" id="%s">\n).*?(\n?</script>)' % block_id, re.S)
        page, n = pattern.subn(lambda m: m.group(1) + text + "\n</script>", page)
        assert n == 1, f"data block {block_id} not found in {page_name}"
    page_path.write_text(page, encoding="utf-8")
