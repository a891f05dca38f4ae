"""`minhbach notice`: the seed month's notice written as a Word document and read back with
python-docx, as the office's Word would open it: the motto, the subject line, the score and
rank, the overdue dossier; converted to PDF where LibreOffice is installed."""
import os
import shutil
import subprocess

import docx  # python-docx, installed by `make test` (Tests/site/requirements.txt)
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    work = tmp_path_factory.mktemp("thong-bao")
    made = subprocess.run([os.environ["MINHBACH_BIN"], "notice", "hiep-tan", "2023-06", "--content", os.path.join(ROOT, "Content")],
                          cwd=work, capture_output=True, text=True)
    assert made.returncode == 0, made.stdout + made.stderr
    path = work / "thong-bao-hiep-tan-2023-06.docx"
    assert made.stdout.startswith("Đã ghi thong-bao-hiep-tan-2023-06.docx.\n")
    return path


def cell_lines(cell):
    return [p.text for p in cell.paragraphs if p.text]


def test_the_heading_stands_in_two_columns(notice):
    document = docx.Document(str(notice))
    top = document.tables[0]
    assert cell_lines(top.cell(0, 0)) == ["UBND THỊ XÃ HÒA THÀNH", "UBND PHƯỜNG HIỆP TÂN"]
    assert cell_lines(top.cell(0, 1)) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert cell_lines(top.cell(1, 0)) == ["Số: 87/UBND"]
    assert cell_lines(top.cell(1, 1)) == ["Hiệp Tân, ngày 05 tháng 7 năm 2023"]
    motto = top.cell(0, 1).paragraphs[1].runs[0]
    assert motto.bold and top.cell(1, 1).paragraphs[0].runs[0].italic
    section = document.sections[0]
    # A4, margins 20 mm top and bottom, 30 mm left, 15 mm right (Nghị định 30/2020, Phụ lục I).
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] == [20, 20, 30, 15]


def test_the_body_says_the_months_figures(notice):
    document = docx.Document(str(notice))
    paragraphs = [p.text for p in document.paragraphs]
    assert "THÔNG BÁO" in paragraphs
    assert "V/v công bố kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2023" in paragraphs
    text = "\n".join(paragraphs)
    assert "UBND phường Hiệp Tân đạt 69,81/100 điểm, xếp hạng 7/8 xã, phường của thị xã Hòa Thành." in text
    assert "- Công khai, minh bạch: chưa được công bố (tối đa 18 điểm);" in paragraphs
    assert "mã biên nhận 000.21.35.H53-230612-0005, tiếp nhận ngày 12/6/2023" in text
    assert document.styles["Normal"].font.name in (None, "Times New Roman")
    bottom = document.tables[1]
    assert cell_lines(bottom.cell(0, 0))[0] == "Nơi nhận:"
    assert cell_lines(bottom.cell(0, 1)) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert document.core_properties.language == "vi-VN"


def test_libreoffice_converts_it_to_pdf(notice, tmp_path):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice is not installed")
    converted = subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(notice)],
                               capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "thong-bao-hiep-tan-2023-06.pdf"
    assert converted.returncode == 0 and pdf.exists(), converted.stdout + converted.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
