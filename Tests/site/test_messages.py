"""Every message the build can show an editor has a Vietnamese translation."""
import pathlib
import subprocess
import sys

TOOL = pathlib.Path(__file__).resolve().parents[1] / "tools" / "message_patterns.py"


def test_every_message_pattern_has_a_vietnamese_translation():
    everything = subprocess.run([sys.executable, str(TOOL)], capture_output=True, text=True, check=True)
    assert int(everything.stderr.split()[0]) > 120, "the extractor should find the messages"
    missing = subprocess.run([sys.executable, str(TOOL), "--missing"], capture_output=True, text=True, check=True)
    assert missing.stdout == "", "untranslated messages:\n" + missing.stdout
