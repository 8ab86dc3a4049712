#!/usr/bin/env python3
"""Fails when docs/ARCHITECTURE.md names a class that does not exist.

A name counts as a class name when it is CamelCase with at least two capitals (DebateEngine, TurnPlanner) and is
not one of Qt's (QNetworkAccessManager) or a known non-class word listed below. It exists when some header under
src/ or tests/ declares `class Name`, `struct Name`, `enum class Name` or an enumerator Name, or a file Name.h / Name.cpp is there
(a namespace of free functions named after its file). Usage: check-architecture.py [ROOT]"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
doc = (root / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
# Words that are CamelCase but name no class of ours: products, formats, protocols, tools.
not_classes = {"QtKeychain", "QtCharts", "QtSql", "QtNetwork", "QtCore", "QtWidgets", "QtTest", "CMake", "CMakeLists",
               "CMakePresets", "CTest", "SQLite", "TypeScript", "JavaScript", "NodeJS", "MacOS", "GitHub", "OpenAI",
               "PostScript", "AppStream", "SentencePiece", "TextEncoder", "DejaVu", "LibreOffice", "KeePassXC",
               "MistralAI", "HiDPI", "AddressSanitizer", "QSKIP", "CPack"}
names = set()
for word in re.findall(r"\b[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\b", doc):
    if sum(c.isupper() for c in word) < 2 or word in not_classes:
        continue
    if re.match(r"Q[A-Z]", word) or word.startswith("Qt"):
        continue
    if word.isupper():
        continue
    names.add(word)

declared = set()
files = set()
for folder in ("src", "tests", "bench", "cmake"):
    for path in (root / folder).rglob("*"):
        files.add(path.stem)  # also cmake/RostrumModule.cmake and the like
        if path.suffix not in (".h", ".cpp", ".mm"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        declared.update(re.findall(r"^\s*(?:class|struct|enum class|enum)\s+(?:[A-Z_]+\s+)?([A-Z][A-Za-z0-9]*)",
                                   text, re.M))
        declared.update(re.findall(r"^\s*using\s+([A-Z][A-Za-z0-9]*)\s*=", text, re.M))
        # Enumerators too (State::WaitingForHuman): the identifiers inside an enum's braces.
        for body in re.findall(r"\benum\b[^{;]*\{([^}]*)\}", text):
            body = re.sub(r"//[^\n]*", "", body)
            declared.update(re.findall(r"\b([A-Z][A-Za-z0-9]*)\b\s*(?:=[^,]*)?(?:,|$)", body.strip() + ","))

missing = sorted(n for n in names if n not in declared and n not in files)
for n in missing:
    print(f"docs/ARCHITECTURE.md names {n}, which no source declares")
print(f"{len(names) - len(missing)} of {len(names)} names found")
sys.exit(1 if missing else 0)
