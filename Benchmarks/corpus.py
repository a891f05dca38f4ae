#!/usr/bin/env python3
"""A synthetic archive in MinhBach's content contract, for benchmarks.

    python3 Benchmarks/corpus.py --provinces 34 --communes 98 --months 24 --out /tmp/corpus [--decimal point] [--criteria]

Deterministic for given arguments. Root `viet-nam`, P provinces, P×C communes, one result per
commune and month from 2023-01 (about 2% missing), group points summing to the total, ties
between siblings, published ranks in most files, notices of 1–2 KB with a list and a table.
With --criteria, a second edition of the index from the thirteenth month (2024-01) scores
Công khai (4 criteria) and Số hóa (7) by criteria with counts, as the portal has since 2026,
and every result of its months gives them: the reports then show criteria tables, recoverable
points and group ranks by criterion, which the work of a build must include.
"""
import argparse
import os
import random
import shutil

GROUPS = [("cong-khai-minh-bach", "Công khai, minh bạch", 18), ("tien-do-giai-quyet", "Tiến độ, kết quả giải quyết", 20),
          ("dich-vu-truc-tuyen", "Dịch vụ công trực tuyến", 12), ("thanh-toan-truc-tuyen", "Thanh toán trực tuyến", 10),
          ("muc-do-hai-long", "Mức độ hài lòng", 18), ("so-hoa-ho-so", "Số hóa hồ sơ", 22)]
INDICATORS = [("nop-truc-tuyen", "Tỷ lệ hồ sơ nộp trực tuyến", "%", "dich-vu-truc-tuyen", "higher"),
              ("qua-han", "Số lượng hồ sơ xử lý quá hạn", "hồ sơ", "tien-do-giai-quyet", "lower"),
              ("ket-qua-dien-tu", "Tỷ lệ hồ sơ cấp kết quả điện tử", "%", "so-hoa-ho-so", "higher"),
              ("chung-thuc-luy-ke", "Lũy kế hồ sơ chứng thực điện tử", "hồ sơ", "so-hoa-ho-so", "higher")]
# The criteria of the sample's 2026 edition (Content/index.yaml): key, maximum.
CRITERIA = {"cong-khai-minh-bach": [("cong-khai-dung-han", 6), ("cap-nhat-dung-han", 4), ("noi-dung-day-du", 2), ("dong-bo-ho-so", 6)],
            "so-hoa-ho-so": [("cap-ket-qua-dien-tu", 6), ("so-hoa-thanh-phan", 4), ("chung-thuc-dien-tu", 2), ("tai-su-dung-du-lieu", 2),
                             ("chia-se-du-lieu", 4), ("ho-so-du-lieu-dan-cu", 2), ("tthc-ket-noi-dan-cu", 2)]}
CRITERIA_FROM = 12  # the edition's first month, counted from 2023-01
SYLLABLES = ["Tân", "Phú", "An", "Bình", "Hòa", "Thạnh", "Long", "Phước", "Hiệp", "Thới", "Mỹ", "Vĩnh", "Đông", "Tây",
             "Nam", "Bắc", "Trung", "Hưng", "Thuận", "Lợi", "Hội", "Quang", "Xuân", "Thanh", "Hải", "Sơn", "Lộc"]
LETTERS = {"đ": "d", "Đ": "d"}


def slug(text):
    import unicodedata
    text = "".join(LETTERS.get(c, c) for c in text)
    text = unicodedata.normalize("NFD", text.lower())
    out, dash = [], False
    for c in text:
        if unicodedata.category(c) == "Mn":
            continue
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif out and not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def figure(x):
    return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def criteria_lines(points, rng, value):
    """Each criterion's points, a share of its group's, rounded to 0,01 so that they add up to
    the group's points exactly (the build checks it), with counts of that share."""
    lines = []
    for group, criteria in CRITERIA.items():
        gmax = sum(cm for _, cm in criteria)
        share = points[group] / gmax
        given = [round(cm * share, 2) for _, cm in criteria[:-1]]
        given.append(round(points[group] - sum(given), 2))
        for (ck, cm), p in zip(criteria, given):
            p = min(max(p, 0), cm)
            denominator = rng.randint(20, 2000)
            numerator = round(denominator * p / cm)
            lines.append(f'  {ck}: {{points: "{value(p)}", numerator: {numerator}, denominator: {denominator}}}')
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--provinces", type=int, required=True)
    ap.add_argument("--communes", type=int, required=True)
    ap.add_argument("--months", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=766)
    ap.add_argument("--criteria", action="store_true", help="a second edition from 2024-01 with criteria (see above)")
    ap.add_argument("--decimal", choices=["comma", "point"], default="comma",
                    help="how figures in the front matter are written; both are valid, Hugo's baseline reads only points")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    value = figure if a.decimal == "comma" else (lambda x: figure(x).replace(",", "."))
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out + "/units")
    with open(a.out + "/site.yaml", "w") as f:
        f.write('title: "Minh bạch – benchmark"\nauthority: "MinhBach"\nroot: viet-nam\nbase_url: "https://minhbach.example.vn/"\nlanguage: vi\n')
    with open(a.out + "/index.yaml", "w") as f:
        f.write('name: "Bộ chỉ số phục vụ người dân, doanh nghiệp"\ntotal: 100\ngroups:\n')
        f.writelines(f'  - {{key: {k}, name: "{n}", max: {m}}}\n' for k, n, m in GROUPS)
        f.write("indicators:\n")
        f.writelines(f'  - {{key: {k}, name: "{n}", unit: "{u}", group: {g}, better: {b}}}\n' for k, n, u, g, b in INDICATORS)
        if a.criteria and a.months > CRITERIA_FROM:
            f.write(f'editions:\n  - from: 2024-01\n    name: "Chấm điểm theo tiêu chí"\n    groups:\n')
            for k, n, m in GROUPS:
                f.write(f'      - key: {k}\n        name: "{n}"\n        max: {m}\n')
                if k in CRITERIA:
                    f.write("        criteria:\n")
                    f.writelines(f'          - {{key: {ck}, name: "Tiêu chí {ck}", max: {cm}}}\n' for ck, cm in CRITERIA[k])
            f.write("    indicators:\n")
            f.writelines(f'      - {{key: {k}, name: "{n}", unit: "{u}", group: {g}, better: {b}}}\n' for k, n, u, g, b in INDICATORS)

    def unit(s, name, kind, parent):
        with open(f"{a.out}/units/{s}.md", "w") as f:
            f.write(f'---\nname: "{name}"\nkind: "{kind}"\n' + (f"parent: {parent}\n" if parent else "") + f"---\n\n{name}.\n")

    unit("viet-nam", "Việt Nam", "quốc gia", None)
    communes = []
    for p in range(a.provinces):
        ps = f"tinh-{p + 1}"
        unit(ps, f"Tỉnh Thử {p + 1}", "tỉnh", "viet-nam")
        names, slugs = set(), set()
        while len(names) < a.communes:
            name = rng.choice(["Phường", "Xã", "Thị trấn"]) + " " + " ".join(rng.sample(SYLLABLES, 2))
            if slug(name) not in slugs:  # "Tân An" and "Tấn An" would share a slug
                names.add(name)
                slugs.add(slug(name))
        for name in sorted(names):
            cs = f"{slug(name)}-{ps}"
            unit(cs, name, name.split(" ")[0].lower(), ps)
            communes.append((cs, ps, rng.uniform(0.45, 0.9)))
    total = 0
    for m in range(a.months):
        period = f"{2023 + m // 12}-{m % 12 + 1:02d}"
        os.makedirs(f"{a.out}/results/{period}")
        by_parent = {}
        for cs, ps, q in communes:
            if rng.random() < 0.02:
                continue
            points = [round(mx * min(1, max(0, q + rng.gauss(0, 0.12))) * 20) / 20 for _, _, mx in GROUPS]
            siblings = by_parent.setdefault(ps, [])
            if siblings and rng.random() < 0.03:
                points = list(siblings[-1][1])  # a tie with a sibling
            siblings.append((cs, points))
        for ps, rows in by_parent.items():
            scores = sorted((round(sum(p), 2) for _, p in rows), reverse=True)
            for cs, points in rows:
                score = round(sum(points), 2)
                lines = ["---", f'score: "{value(score)}"']
                if rng.random() < 0.8:
                    lines += [f"rank: {scores.index(score) + 1}", f"of: {len(rows)}"]
                lines.append("groups:")
                lines += [f'  {k}: "{value(v)}"' for (k, _, _), v in zip(GROUPS, points)]
                if a.criteria and m >= CRITERIA_FROM:
                    lines += ["criteria:"] + criteria_lines(dict(zip((k for k, _, _ in GROUPS), points)), rng, value)
                lines += ["indicators:", f'  nop-truc-tuyen: "{value(rng.uniform(40, 100))}"', f"  qua-han: {rng.randint(0, 4)}",
                          f'  ket-qua-dien-tu: "{value(rng.uniform(40, 100))}"', f"  chung-thuc-luy-ke: {m * 7 + rng.randint(0, 9)}"]
                lines += ["document:", f'  number: "{rng.randint(5, 250)}/UBND"', f"  date: {period}-{rng.randint(1, 28):02d}",
                          f'  signer: "Nguyễn Văn {rng.choice(SYLLABLES)}"', 'source: "https://dichvucong.gov.vn"', "---", ""]
                lines.append(f"Kết quả tháng {period}: **{figure(score)}** điểm. " + "Ủy ban nhân dân yêu cầu các bộ phận chuyên môn thực hiện. " * rng.randint(6, 12))
                lines += ["", "**Yêu cầu**", ""] + [f"{i + 1}. Đẩy mạnh {rng.choice(['số hóa hồ sơ', 'thanh toán trực tuyến', 'hướng dẫn người dân nộp hồ sơ trực tuyến'])} trong tháng tới." for i in range(rng.randint(3, 5))]
                lines += ["", "| Chỉ tiêu | Tháng này |", "|---|---:|", f"| Nộp trực tuyến | {figure(rng.uniform(40, 100))} % |", ""]
                with open(f"{a.out}/results/{period}/{cs}.md", "w") as f:
                    f.write("\n".join(lines))
                total += 1
        with open(f"{a.out}/results/{period}/_index.md", "w") as f:
            f.write(f'---\nas_of: "{period}-28 16:00"\n---\n\nKết quả tháng {period}.\n')
    print(f"{a.out}: {1 + a.provinces + len(communes)} units, {total} results")


if __name__ == "__main__":
    main()
