"""The statistics office's lists of units before 1 July 2025 and the map of which old commune
went into which new one, from the `vietnamadminunits` package (1.0.4), written as the CSVs
`minhbach import units` and `minhbach import reform` read."""
import csv
import json
import sqlite3
from pathlib import Path

import vietnamadminunits  # installed by `make test` (Tests/site/requirements.txt)

DATA = Path(vietnamadminunits.__file__).parent / "data"


def rows(sql):
    with sqlite3.connect(DATA / "dataset.db") as c:
        c.row_factory = sqlite3.Row
        return [dict(r) for r in c.execute(sql)]


def write(path, header, lines):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(header)
        w.writerows(lines)


def new_list(path):
    """The 34 provinces and 3,321 communes since 1 July 2025 as this package has them, with each
    commune's centroid (“Vĩ độ”, “Kinh độ”). Its codes and `vietnam-provinces`' disagree for 161
    communes (00226 is Phường Văn Miếu - Quốc Tử Giám here, Phường Kim Liên there): a map must
    come with the list it was made for."""
    new = rows("select province, provinceCode, ward, wardCode, wardType, wardLat, wardLon from admin_units order by provinceCode, wardCode")
    write(path, ["Tỉnh / Thành phố", "Mã TP", "Phường / Xã", "Mã PX", "Vĩ độ", "Kinh độ"],
          [[r["province"], r["provinceCode"], r["ward"], r["wardCode"], r["wardLat"], r["wardLon"]] for r in new])
    return new


def old_list(path, level=True):
    """The 63 provinces, their districts and their 10,035 communes before 2025, one row per
    commune. Five island districts have no commune (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn,
    Côn Đảo): the list's rows are communes, so they are returned, to be named, not written.
    `level`: with the “Cấp” column (the package's `wardType`), which three rows contradict."""
    legacy = rows("select province, provinceCode, district, districtCode, ward, wardCode, wardType from admin_units_legacy "
                  "order by provinceCode, districtCode, wardCode")
    communes = [r for r in legacy if r["wardCode"]]
    header = ["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX"] + (["Cấp"] if level else [])
    write(path, header, [[r["province"], r["provinceCode"], r["district"], r["districtCode"], r["ward"], r["wardCode"]]
                         + ([r["wardType"]] if level else []) for r in communes])
    return communes, [r for r in legacy if not r["wardCode"]]


def reform_map(path):
    """One row per old commune and a new commune it went into, with both codes and names; an
    old commune divided among several is on several rows, “Chính” marking where its figures go on."""
    conv = json.loads((DATA / "converter_2025.json").read_text(encoding="utf-8"))
    old = {(r["provinceKey"], r["districtKey"], r["wardKey"]): r for r in rows("select * from admin_units_legacy") if r["wardCode"]}
    new = {(r["provinceKey"], r["wardKey"]): r for r in rows("select * from admin_units")}
    lines = set()
    for province, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, olds in wards.items():
            for key in olds:
                o, n = old.get(tuple(key.split("_"))), new.get((province, ward))
                if o and n:
                    lines.add((o["wardCode"], o["ward"], n["wardCode"], n["ward"], ""))
    for province, divided in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for key, targets in divided.items():
            o = old.get(tuple(key.split("_")))
            for t in targets:
                n = new.get((province, t["newWardKey"]))
                if o and n:
                    lines.add((o["wardCode"], o["ward"], n["wardCode"], n["ward"], "x" if t["isDefaultNewWard"] else ""))
    # A divided commune is on the undivided list too, unmarked, for its principal part: keep its marked row.
    marked = {(l[0], l[2]) for l in lines if l[4] == "x"}
    lines = sorted(l for l in lines if l[4] == "x" or (l[0], l[2]) not in marked)
    write(path, ["Mã PX cũ", "Tên cũ", "Mã PX mới", "Tên mới", "Chính"], lines)
    return lines
