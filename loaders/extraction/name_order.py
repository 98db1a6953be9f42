"""Which word of a name is the surname (``loaders/data/name_order.yaml``).

"He Lifeng" is surname-first: his short form is "He", not "Lifeng". A name
is read surname-first when its first word is a surname the table lists for a
language, it has that language's least number of words, and either its
other words are made of the language's given-name syllables or the story
itself refers to the person by the first word alone (and never by the
last), or when its first word alone is written in capitals ("CHOI Min-seo",
the convention of Korean and Japanese official releases). Otherwise the
surname is the last word, with the lower-case particles before it ("von der
Leyen").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from loaders.extraction.text import fold

#: Lower-case words that belong to the surname after them ("von der Leyen").
# words that open a surname after the given names ("von der Leyen"), when ``name_order.yaml`` lists none
SURNAME_PARTICLES = frozenset("von van der den de del della da di du la le bin binti al el ibn dos das ter".split())


@dataclass(frozen=True)
class NameOrderRule:
    """One language's surnames and the syllables its given names are made of."""

    language: str
    surnames: frozenset[str]
    min_words: int
    syllables: frozenset[str]

    def given_name(self, word: str) -> bool:
        """Is ``word`` (any case, hyphens allowed) made of this language's syllables?"""
        parts = fold(word).split()
        return bool(parts) and bool(self.syllables) and all(_segments(p, self.syllables) for p in parts)


@lru_cache(maxsize=4096)
def _segments_cached(word: str, syllables: frozenset[str]) -> bool:
    if not word:
        return True
    return any(word.startswith(s) and _segments_cached(word[len(s):], syllables)
               for s in syllables if s and len(s) <= len(word))


def _segments(word: str, syllables: frozenset[str]) -> bool:
    return _segments_cached(word, syllables)


def capitals(word: str) -> bool:
    """A word of two or more letters written all in capitals ("CHOI", not "Choi" or "U.S.")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


class NameOrder:
    """The name-order table, ready for lookups."""

    def __init__(self, rules: list[NameOrderRule], patronymic_endings: Iterable[str] = (),
                 surname_endings: Iterable[str] = (), particles: Iterable[str] = ()):
        self.rules = rules
        self.particles = frozenset(p.lower() for p in particles) or SURNAME_PARTICLES
        self.patronymic_endings = tuple(fold(e) for e in patronymic_endings)
        self.patronymic_surname_endings = tuple(fold(e) for e in surname_endings)

    @classmethod
    def from_data(cls, data: dict) -> "NameOrder":
        rules = []
        for language, spec in (data.get("surname_first") or {}).items():
            syllables = frozenset(i + v + f for i in spec.get("initials") or [] for v in spec.get("vowels") or []
                                  for f in spec.get("finals") or [])
            rules.append(NameOrderRule(language, frozenset(fold(s) for s in spec["surnames"]),
                                       int(spec.get("min_words", 2)), syllables))
        return cls(rules, data.get("patronymic_endings") or (), data.get("patronymic_surname_endings") or (),
                   data.get("surname_particles") or ())

    def surname_first(self, words: list[str], forms: Iterable[str] = ()) -> bool:
        """Is the first of these name words the surname?"""
        if len(words) < 2:
            return False
        if capitals(words[0]) and not any(capitals(w) for w in words[1:]):
            return True  # "TAKAHASHI Kenji": official releases write the surname in capitals, wherever it stands
        if self.listed_with_patronymic(words):
            return True  # "Bekmukhambetov Erlan Serikovich": surname, given name, patronymic
        first, last = fold(words[0]), fold(words[-1])
        if any(len(f.split()) == len(words) and capitals(f.split()[0]) and fold(f.split()[0]) == first
               and not any(capitals(w) for w in f.split()[1:]) for f in forms):
            return True  # "Yoon Jaehyuk" in a headline, "Mr. YOON Jaehyuk" below it: the release's capitals say so
        alone = {fold(f) for f in forms if len(f.split()) == 1}
        says_first = first in alone and last not in alone
        if says_first and len(words) == 2 and not capitals(words[1]):
            return True  # "Takeda Ryosuke ... Minister Takeda": the story itself uses the first word as the surname
        for rule in self.rules:
            if first not in rule.surnames or len(words) < rule.min_words:
                continue
            if says_first or all(rule.given_name(w) for w in words[1:]):
                return True
        return False

    def listed_with_patronymic(self, words: list[str]) -> bool:
        """Is this name written as official lists write Russian-language ones, surname, given name and
        patronymic ("Bekmukhambetov Erlan Serikovich"; not "John Paul Markovich")?"""
        return len(words) == 3 and self.patronymic(words[2]) and not self.patronymic(words[1]) \
            and fold(words[0]).endswith(self.patronymic_surname_endings)

    def patronymic(self, word: str) -> bool:
        """Does ``word`` end as a patronymic does ("Serikovich", "Maratovna", "Nurlanuly")?"""
        key = fold(word)
        return len(key) > 5 and key.endswith(self.patronymic_endings)

    def listed_surname(self, word: str) -> bool:
        """Is ``word`` a surname of a surname-first language in the table?"""
        key = fold(word)
        return any(key in rule.surnames for rule in self.rules)

    def takes_given(self, surname: str, word: str) -> bool:
        """Can ``word`` follow ``surname`` as a given name ("Liu" + "He")?"""
        key = fold(surname)
        return any(key in rule.surnames and rule.given_name(word) for rule in self.rules)

    def surname(self, name: str, forms: Iterable[str] = ()) -> str:
        """The surname of ``name`` as written ("He" for "He Lifeng", "von der
        Leyen" for "Ursula von der Leyen"); ``forms`` are the other ways the
        story wrote the name."""
        words = name.split()
        if len(words) < 2:
            return name
        if self.surname_first(words, forms):
            return words[0]
        if len(words) >= 3 and words[-2][:1].isupper() and words[-2].lower() not in self.particles:
            # "Ignacio Valdés Urrutia ... Valdés said": the story shortens the name to the first of two surnames
            short = {fold(f) for f in forms if len(f.split()) <= 2}
            pair = fold(" ".join(words[-2:]))
            if (fold(words[-2]) in short and fold(words[-1]) not in short) or pair in short:
                return " ".join(words[-2:])
        start = len(words) - 1
        while start > 1 and words[start - 1].lower() in self.particles:
            start -= 1
        return " ".join(words[start:])
