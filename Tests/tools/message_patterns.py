"""Lists the message patterns the Swift code can produce (for DiagnosticCatalog).

Reads the string literals passed as diagnostic messages, hints and `what:` descriptions, and the
command line's own lines and help (`Interface`, and the library's own texts in `ParserText`),
and turns each interpolation `\\(…)` into `{n}`, as `Message` does at run time.
Usage: python3 Tests/tools/message_patterns.py [--missing]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FILES = ["Sources/MinhBachContent", "Sources/MinhBachArchive", "Sources/MinhBachBuild", "Sources/MinhBachRender/Theme.swift",
         "Sources/MinhBachCore/Slug.swift", "Sources/MinhBachCore/Calendar.swift", "Sources/MinhBachOutput", "Sources/MinhBachEditor",
         "Sources/MinhBachServe/Preview.swift", "Sources/MinhBachServe/PreviewRefusal.swift",
         "Sources/MinhBachServe/RebuildLines.swift", "Sources/minhbach"]
# Literals in those files that are not messages to editors.
NOT_MESSAGES = {" {0} {1}\n",
                # the preview's HTTP: methods, media types, the error page's markup, a bare 404 body
                "GET, HEAD", "Not found", "text/html; charset=utf-8", "text/css; charset=utf-8", "text/javascript; charset=utf-8",
                "application/xml; charset=utf-8", "application/json; charset=utf-8", "text/csv; charset=utf-8",
                "text/plain; charset=utf-8", "width=device-width, initial-scale=1", "<br><small>{0}: {1}</small>", "# Files written by minhbach build; used to skip unchanged files and remove stale ones.\n",
                # the header lines of the build's state file
                "# minhbach: what the last build used; not part of the site, safe to delete.\n", "input ", "input {0}\n",
                # the state's line tags and the checksum line of the manifest and state
                "m ", "v ", "i {0}\n", "w {0}\n", "# checksum ",
                # the rate on the command line's progress line
                " · {0}/s",
                # swift-argument-parser's own English, matched in its output (ParserText) and
                # said otherwise: the hint that replaces it, list separators in its values
                "  See '{0} --help' for more information.", "' or '", "' and '", "', '", "Unknown option '--lang"}


def literals(text):
    """Yields (start, pattern) for each string literal, interpolations replaced by {n}."""
    i, n = 0, len(text)
    while i < n:
        if text[i] == '"' and not text.startswith('"""', i):
            start = i
            i += 1
            out, count = "", 0
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "(":
                    depth, j = 1, i + 2
                    while j < n and depth:
                        if text[j] == "(":
                            depth += 1
                        elif text[j] == ")":
                            depth -= 1
                        elif text[j] == '"':  # a string inside the interpolation
                            j += 1
                            while j < n and text[j] != '"':
                                j += 2 if text[j] == "\\" else 1
                        j += 1
                    out += "{%d}" % count
                    count += 1
                    i = j
                    continue
                if text[i] == "\\" and i + 1 < n:
                    out += {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(text[i + 1], text[i + 1])
                    i += 2
                    continue
                out += text[i]
                i += 1
            yield start, out
        i += 1


untranslated = set()


def patterns():
    found = set()
    for entry in FILES:
        path = ROOT / entry
        for file in ([path] if path.is_file() else sorted(path.glob("*.swift")) if path.exists() else []):
            text = file.read_text(encoding="utf-8")
            for start, pattern in literals(text):
                line_start = text.rfind("\n", 0, start) + 1
                if text[line_start:start].lstrip().startswith("//"):
                    continue
                # A byte named by its character (`UInt8(ascii: "`")`) is not a message.
                if text[:start].endswith("UInt8(ascii: "):
                    continue
                # Messages are sentences about the content: skip keys, codes, paths, separators.
                if (" " not in pattern and not pattern.startswith("`")) or pattern.strip(" ,;:/→{}0123456789\n") == "":
                    continue
                if pattern in NOT_MESSAGES:
                    continue
                # The editor commands also write files: there only messages count.
                if "MinhBachEditor" in str(file):
                    previous = text.rfind("\n", 0, line_start - 1) + 1
                    context = text[previous:start]
                    if not re.search(r"EditorError\(|hint:|\.error\(|\.warning\(", context):
                        continue
                # The command line's help goes through `Interface` (help: .interface("…")), so it is
                # a message like the others; a plain literal would never be translated.
                if "/Sources/minhbach/" in str(file) and re.search(r"\b(help|abstract|discussion|usage): $", text[line_start:start]):
                    untranslated.add("help given as a plain literal, not through Interface: " + repr(pattern))
                    continue
                if "/Sources/minhbach/" in str(file) and re.search(r"\bformat: $", text[line_start:start]):
                    continue
                found.add(pattern)
    return found


def catalogue():
    text = (ROOT / "Sources/MinhBachCore/DiagnosticCatalog.swift").read_text(encoding="utf-8")
    return {p for _, p in list(literals(text))[0::2]} if text else set()


if __name__ == "__main__":
    found = patterns()
    if "--missing" in sys.argv:
        known = set(re.findall(r'^\s*"((?:[^"\\]|\\.)*)":', (ROOT / "Sources/MinhBachCore/DiagnosticCatalog.swift").read_text(encoding="utf-8"), re.M))
        known = {k.encode().decode("unicode_escape").encode("latin-1").decode("utf-8") for k in known}
        found = (found - known) | untranslated
    for p in sorted(found):
        print(repr(p))
    print(len(found), "patterns", file=sys.stderr)
