"""Comparing extracted facts with expected facts the way a reader would: case, accents, curly
quotes, middle initials and a leading article do not matter; a character named in part
("Ben" for "Ben Sanderson") matches.
"""

from __future__ import annotations

import re
import unicodedata


def norm(value: str | None) -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFKD", str(value))
    value = "".join(c for c in value if not unicodedata.combining(c))
    value = value.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.sub(r"\s+", " ", value).strip()


def person(value: str | None) -> str | None:
    value = norm(value)
    if value is None:
        return None
    words = re.sub(r"[^\w\s'-]", " ", value).split()
    if len(words) > 2:
        words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1)]
    return " ".join(words)


def title(value: str | None) -> str | None:
    value = norm(value)
    if value is None:
        return None
    value = re.sub(r"[^\w\s]", " ", value)
    return re.sub(r"^(?:the|a|an) ", "", re.sub(r"\s+", " ", value).strip())


def same_character(expected: str, got: str | None) -> bool:
    a, b = person(expected), person(got)
    if not a or not b:
        return False
    return a == b or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())


def cast_mismatches(expected: list[dict], got: list[dict], *, exact: bool = False) -> list[str]:
    """Human-readable differences between expected and extracted cast lists; with `exact`, a
    character must be named in full ("Yubaba / Zeniba", not "Yubaba")."""
    by_actor = {person(c["actor"]): c for c in got}
    problems = []
    for credit in expected:
        found = by_actor.pop(person(credit["actor"]), None)
        if found is None:
            problems.append(f"missing actor {credit['actor']}")
        elif exact and credit.get("character") and person(credit["character"]) != person(found.get("character")):
            problems.append(f"{credit['actor']}: character {found.get('character')!r}, expected {credit['character']!r}")
        elif credit.get("character") and found.get("character") and not same_character(credit["character"], found["character"]):
            problems.append(f"{credit['actor']}: character {found['character']!r}, expected {credit['character']!r}")
    problems.extend(f"unexpected actor {c['actor']}" for c in by_actor.values())
    return problems
