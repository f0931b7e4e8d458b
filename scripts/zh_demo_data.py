#!/usr/bin/env python3
"""Writes examples/33618.zh.treemap.json: the demo data with the plan's Chinese names, from
examples/33618.treemap.json (same ids, values and assumptions), for www/zh.html.

The seed article is an English translation of the Chinese plan. The names below are the plan's
own (重庆市《深入推动新时代新征程重庆制造业高质量发展行动方案（2023—2027年）》); a name we could not
confirm against the Chinese text is marked in its note ("名称未能与中文原文核对": the name was not checked against the Chinese original). Descriptions
are not carried over: they are the English translation's words, and a translation back into
Chinese would not be the source's text. Usage: python3 scripts/zh_demo_data.py"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
NAMES = {
    "33618": "“33618”现代制造业集群体系",
    "leading": "万亿级主导产业集群",
    "ic-nev": "智能网联新能源汽车",
    "electronic-information": "新一代电子信息制造业",
    "advanced-materials": "先进材料",
    "pillar": "五千亿级支柱产业集群",
    "smart-equipment": "智能装备及智能制造",
    "food-agri-processing": "食品及农产品加工",
    "software-info-services": "软件信息服务",
    "characteristic": "千亿级特色优势产业集群",
    "new-display": "新型显示",
    "high-end-motorcycles": "高端摩托车",
    "light-alloys": "轻合金材料",
    "light-textiles": "轻纺",
    "biomedicine": "生物医药",
    "new-energy-storage": "新能源及新型储能",
    "new-star": "“新星”产业集群",
    "future": "未来产业集群",
    "satellite-internet": "卫星互联网",
    "biomanufacturing": "生物制造",
    "life-sciences": "生命科学",
    "metaverse": "元宇宙",
    "frontier-materials": "前沿新材料",
    "future-energy": "未来能源",
    "high-growth": "高成长性产业集群",
    "power-semis-ics": "功率半导体及集成电路",
    "ai-robots": "AI及机器人",
    "servers": "服务器",
    "smart-homes": "智能家居",
    "sensors-instruments": "传感器及仪器仪表",
    "smart-mfg-equipment": "智能制造装备",
    "power-equipment": "动力装备",
    "agri-machinery": "农机装备",
    "fiber-composites": "纤维及复合材料",
    "synthetic-materials": "合成材料",
    "modern-chinese-medicine": "现代中药",
    "medical-equipment": "医疗器械",
}
# Names not confirmed against the Chinese text (the English translation's wording guided them).
UNCONFIRMED = {"ai-robots", "sensors-instruments", "fiber-composites"}
FUTURE_NOTE = "原文未给出未来产业集群的目标规模；此处假设为100亿元，仅为使单元格可见。"
GROWTH_NOTE = "原文只说12个高成长性产业集群处于500亿元级和100亿元级，未说明各属哪一级；此处假设为下限100亿元。"

data = json.loads((root / "examples/33618.treemap.json").read_text(encoding="utf-8"))
out = {
    "title": "重庆“33618”现代制造业集群体系",
    "subtitle": "3个万亿级主导产业集群、3个五千亿级支柱产业集群、6个千亿级特色优势产业集群、18个“新星”产业集群（6个未来产业集群+12个高成长性产业集群）；单元格面积按各层级目标规模",
    "source": "《深入推动新时代新征程重庆制造业高质量发展行动方案（2023—2027年）（征求意见稿）》，2023年6月6日报道；重庆市经济和信息化委员会",
    "unit": "元",
    "locale": "zh-CN",
}

def convert(node, parent_id=None):
    n = {"id": node["id"], "name": NAMES[node["id"]]}
    if "value" in node:
        n["value"] = node["value"]
    if node.get("assumed"):
        n["assumed"] = True
        n["note"] = FUTURE_NOTE if parent_id == "future" else GROWTH_NOTE
    if node["id"] in UNCONFIRMED:
        n["note"] = (n.get("note", "") + " 名称未能与中文原文核对。").strip()
    if "children" in node:
        n["children"] = [convert(c, node["id"]) for c in node["children"]]
    return n

out["tree"] = convert(data["tree"])
(root / "examples/33618.zh.treemap.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

# The 2027 targets, same values, Chinese titles, units and notes. Titles follow the plan's
# indicator names where we know them; labels stay years ("2022年").
GAUGE_TITLES = [
    ("规模以上工业企业营业收入", "元", None),
    ("战略性新兴产业增加值占规模以上工业增加值比重", "%", None),
    ("国家级专精特新“小巨人”企业", "家", None),
    ("高新技术企业", "家", None),
    ("科技型企业", "家", None),
    ("单位工业增加值能耗（2022年=100）", None, "比2022年下降13%；原文未给出绝对值，故以2022年为指数基期"),
    ("制造业增加值占地区生产总值比重", "%", None),
    ("规模以上工业企业研发投入强度", "%", None),
    ("规模以上工业企业研发经费", "元", "“超过800亿元”"),
    ("制造业质量竞争力指数", None, "“92以上”"),
    ("高技术制造业增加值占规模以上工业增加值比重", "%", None),
    ("单位工业用地产出", "元/平方公里", None),
    ("有研发机构的企业", "%", "占规模以上工业企业的比重"),
    ("有研发活动的企业", "%", "占规模以上工业企业的比重"),
    ("制造业单项冠军企业", "家", None),
    ("营业收入超千亿元的工业企业", "家", "原文此句有误，按5、50、100家理解"),
    ("营业收入超百亿元的工业企业", "家", "原文此句有误，按5、50、100家理解"),
    ("上市工业企业", "家", "原文此句有误，按5、50、100家理解"),
]
gauges = json.loads((root / "examples/2027-targets.gauges.json").read_text(encoding="utf-8"))
assert len(gauges["gauges"]) == len(GAUGE_TITLES)
zh_gauges = {
    "title": "重庆制造业2027年主要目标",
    "subtitle": "从2022年基期（2022年末数据）到2027年目标；原文未给出2022年数值的，只显示目标。",
    "source": "重庆市经济和信息化委员会，据《行动方案（2023—2027年）》，2023年6月6日报道",
    "locale": "zh-CN",
    "gauges": [],
}
for g, (title, unit, note) in zip(gauges["gauges"], GAUGE_TITLES):
    z = {k: v for k, v in g.items() if k not in ("title", "unit", "note")}
    z = {"title": title, **({"unit": unit} if unit else {}), **z}
    for mark in ("baseline", "current", "target"):
        if mark in z and "label" in z[mark]:
            z[mark] = {**z[mark], "label": z[mark]["label"] + "年"}
    if note:
        z["note"] = note
    zh_gauges["gauges"].append(z)
(root / "examples/2027-targets.zh.gauges.json").write_text(json.dumps(zh_gauges, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
