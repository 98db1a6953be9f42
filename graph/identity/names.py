"""Personal names as the identity resolver compares them.

A Person node stores its ``name`` and the ``surname`` extraction found for it
(which words are the surname depends on name order: "He Lifeng" has the
surname "He", "Shigeru Ishiba" the surname "Ishiba"). From the two, a name is
split into its surname and its given names, and two names are compared part
by part, because the parts vary in different ways between stories:

* given names: the same, an initial for the full name ("J. Smith"), a middle
  name or initial in one story and not in the other (also a first middle name
  dropped before two given names that agree: "Nguyen (Thi) Lan Huong"), a one-letter spelling
  variant ("Dmitry"/"Dmitri") or a short form that begins the long one
  ("Steve"/"Steven"), or different (Wang Yi and Wang Wentao: two people);
* surnames: the same, a one-letter variant ("Zelensky"/"Zelenskyy"), the
  Czech and Slovak feminine form ("Whitfieldová"/"Whitfield"), or a
  transliteration: two letters apart and the same Metaphone key or a
  Jaro-Winkler similarity of 0.88 ("Kovalchuk"/"Kowalczuk"), or three apart
  with the same Metaphone and NYSIIS keys ("Bessent"/"Biesant");
* two surnames and the first alone ("Valdés Urrutia" / "Valdés", "Wilczyńska-Boruta"
  / "Wilczyńska"): one of two surnames, compared with the same given names;
* a bare surname ("Trump") has no given names to compare at all; whether it
  is the same person is left to the evidence around it (see ``scoring``).

Edit distances and phonetic keys come from rapidfuzz and jellyfish.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

import jellyfish
from rapidfuzz.distance import Levenshtein

from graph.ids import fold

def fold_word(text: str | None) -> str:
    """The project's fold (``graph.ids``) with the words joined: the key two
    spellings of one name part share ("Jae-myung" and "Jae Myung" -> "jaemyung")."""
    return "".join(fold(text).split())


def surname_key(surname: str | None) -> str:
    """Blocking key: people with the same folded surname are compared."""
    return fold_word(surname)


def phonetic_key(surname: str | None) -> str:
    """Blocking key for spelling variants: the surname's Metaphone code
    ("Zelensky" and "Zelenskyy" share it)."""
    key = fold_word(surname)
    return jellyfish.metaphone(key) if key else ""


def blocking_keys(name: str, surname: str | None = None) -> dict:
    """The keys the identity resolver finds candidates by: the surname's
    (``surname_key``, ``surname_phonetic``), and the same again as
    ``named_key``/``named_phonetic`` only when the name is more than a
    surname, so the named bearers of a surname are found without reading
    the (many) bare-surname nodes that share it."""
    words = (name or "").split()
    surname = surname or (words or [""])[-1]
    key, sound = surname_key(surname), phonetic_key(surname)
    named = len(words) > 1
    short = _short_surname(surname.split()) if named else ""
    if not short and len(words) >= 3 and len(surname.split()) == 1 and words[-1] == surname \
            and words[-2][:1].isupper() and not _initials(words[-2])[0].endswith("."):
        short = fold_word(words[-2])  # "Ignacio Valdés Urrutia" read with one surname: "Valdés" may be the first of two
    elif not short and len(words) == 2 and len(surname.split()) == 1 and words[-1] == surname \
            and words[0][:1].isupper() and words[0].replace("-", "").isalpha():
        short = fold_word(words[0])  # "Mori Ayako" read with the surname last: "Mori" may be the surname, written
        # first ("Ayako Mori" elsewhere), so the two are compared (``compare_reordered`` decides)
    return {"surname_key": key, "surname_phonetic": sound,
            "named_key": key if named else None, "named_phonetic": sound if named else None,
            "short_surname_key": short or None}


def _short_surname(sur_words: list[str]) -> str:
    """The short form stories also write a surname of several words in, folded: the first of two surnames
    ("Valdés" in "Valdés Urrutia") or the surname without its leading particle ("Othman" in "bin Othman").
    Empty for a surname of one word."""
    if len(sur_words) == 1 and sur_words[0].count("-") == 1 and all(
            len(part) >= 3 and part[:1].isupper() for part in sur_words[0].split("-")):
        return fold_word(sur_words[0].split("-")[0])  # "Wilczyńska" in "Wilczyńska-Boruta": a double surname's first
    if len(sur_words) < 2:
        return ""
    if all(w[:1].isupper() for w in sur_words):
        return fold_word(sur_words[0])
    rest = list(sur_words)
    while rest and rest[0][:1].islower():
        rest.pop(0)
    return fold_word(" ".join(rest)) if rest and len(rest) < len(sur_words) else ""


@dataclass(frozen=True)
class ParsedName:
    """A name split into surname and given names (folded)."""

    full: str
    surname: str  # folded, words joined
    given: tuple[str, ...]  # folded given and middle names, in order; initials are one letter
    short_surname: str = ""  # "valdes" for "Valdés Urrutia", "othman" for "bin Othman" (``_short_surname``)

    @property
    def bare(self) -> bool:
        """Only a surname ("Trump"): nothing to compare but the surname."""
        return not self.given


_JOINED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$|^(?:[A-Z]\.)+[A-Z]$")


def _initials(word: str) -> list[str]:
    """ "R.K." is two initials, "R." and "K." (as in "R.K. Menon" for "Rajesh Kumar Menon")."""
    if _JOINED_INITIALS.match(word):
        return [f"{letter}." for letter in word.replace(".", "")]
    return [word]


# a nickname in quotation marks inside a name ('Ramon "Bong" Villareal')
_NICKNAME = re.compile(r"\s[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d](?=\s)")


@lru_cache(maxsize=1 << 16)  # the resolver parses every candidate's name after each write batch
def parse(name: str, surname: str | None = None) -> ParsedName:
    """Split ``name`` using the stored ``surname`` (the last word when none
    is stored). The surname may stand first ("He Lifeng") or last. A
    nickname in quotation marks ('Ramon "Bong" Villareal') is how the story
    calls the person, no given name to compare."""
    words = [part for word in _NICKNAME.sub(" ", name).split() for part in _initials(word)]
    sur_words = surname.split() if surname else words[-1:]
    n = len(sur_words)
    folded = [fold_word(w) for w in words]
    target = [fold_word(w) for w in sur_words]
    if n < len(words) and folded[:n] == target and folded[-n:] != target:
        given_words = words[n:]
    elif folded[-n:] == target:
        given_words = words[:-n]
    else:  # a stored surname that is not in this spelling: fall back to the last word
        sur_words, given_words = words[-1:], words[:-1]
    given = tuple(g for g in (fold_word(w) for w in given_words) if g)
    return ParsedName(full=name, surname=fold_word(" ".join(sur_words)), given=given,
                      short_surname=_short_surname(sur_words))


@dataclass(frozen=True)
class NameMatch:
    """How two names compare: ``surname`` is same / one-letter /
    transliteration / different; ``given`` is same / middle / initial /
    variant / bare / conflict. ``score`` is the name's share of the evidence
    (0 when the names cannot be one person)."""

    surname: str
    given: str
    score: float

    @property
    def conflict(self) -> bool:
        return self.given == "conflict" or self.surname == "different"

    def describe(self) -> str:
        parts = {
            "same": "same surname", "one-letter": "surname differs in one letter",
            "transliteration": "surname is a transliteration variant",
            "reordered": "same words, surname written first in one",
            "first": "the short form of the surname in one",
            "different": "different surnames",
        }
        given = {
            "same": "same given names", "middle": "same given name, a middle name or initial in one only",
            "initial": "an initial for the given name", "variant": "given name differs in one letter",
            "bare": "surname only in one of them", "conflict": "different given names",
        }
        return f"{parts[self.surname]}; {given[self.given]}"


#: Name evidence by (surname, given) comparison; pairs not listed are not
#: compared further (score 0). Context (posts, organizations, countries,
#: people) adds to these in ``scoring``.
NAME_SCORES = {
    ("same", "same"): 0.8,
    ("same", "middle"): 0.7,
    ("same", "initial"): 0.6,
    ("same", "variant"): 0.6,
    ("same", "bare"): 0.45,
    ("one-letter", "same"): 0.55,
    ("one-letter", "middle"): 0.55,
    ("one-letter", "initial"): 0.4,
    ("one-letter", "variant"): 0.4,
    ("transliteration", "same"): 0.5,
    ("transliteration", "middle"): 0.45,
    # the same words with the surname on the other side ("Hanazawa Ryoichi" /
    # "Ryoichi Hanazawa"): translated press writes some names surname first;
    # weaker than the same order, so a post, organization or country must agree
    ("reordered", "same"): 0.6,
    ("reordered", "middle"): 0.5,
    # the short form of a surname of several words ("Ignacio Valdés" / "Ignacio Valdés Urrutia", "Faizal
    # Othman" / "Faizal bin Othman", "Katarzyna Wilczyńska" / "Katarzyna Wilczyńska-Boruta"): stories shorten
    # names so; something beyond the name must agree to merge: a post, or the country with the organization (or
    # with two people named with both)
    ("first", "same"): 0.65,
    ("first", "middle"): 0.5,
}


def _umlauts_written_out(word: str) -> str:
    """"brandstaetter" -> "brandstatter": German writes an umlaut out as "ae", "oe", "ue" where the letter is
    missing, and the fold drops the dots of the letter itself ("Brandstätter" -> "brandstatter")."""
    return re.sub(r"(?<=[a-z])([aou])e(?=[a-z])", r"\1", word)


# the ending Czech and Slovak add to a woman's surname, foreign ones too ("Whitfield" -> "Whitfieldová"), folded
_FEMININE_SUFFIX = "ova"


# the Arabic article a surname opens with, romanized either way ("al-Sherbini" / "El-Sherbiny"), folded
_ARTICLES = ("al", "el")


def compare_surnames(a: str, b: str) -> str:
    if a == b:
        return "same"
    if a[:2] in _ARTICLES and b[:2] in _ARTICLES and a[:2] != b[:2] and min(len(a), len(b)) >= 7:
        found = compare_surnames(a[2:], b[2:])  # (the rest compared as any surname)
        return "transliteration" if found == "same" else found
    if a and b and min(len(a), len(b)) >= 5 and _umlauts_written_out(a) == _umlauts_written_out(b):
        return "same"  # "Brandstaetter" / "Brandstätter"
    if not a or not b:
        return "different"
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_ == short + _FEMININE_SUFFIX:
        return "transliteration"  # "Whitfieldová" / "Whitfield": Czech and Slovak write a woman's surname so
    distance = Levenshtein.distance(a, b)
    shortest = min(len(a), len(b))
    if distance == 1 and shortest >= 4:
        return "one-letter"
    same_sound = jellyfish.metaphone(a) == jellyfish.metaphone(b)
    if distance == 2 and shortest >= 5 and (same_sound or jellyfish.jaro_winkler_similarity(a, b) >= 0.88):
        return "transliteration"  # "Kovalchuk"/"Kowalczuk", "Medvedev"/"Medwedew"
    if distance == 3 and shortest >= 6 and same_sound and jellyfish.nysiis(a) == jellyfish.nysiis(b):
        return "transliteration"  # "Bessent"/"Biesant"
    return "different"


def _initial(word: str) -> bool:
    return len(word) == 1


def _same_word(a: str, b: str) -> bool:
    """One middle name: the same, an initial for it, or two romanizations of it ("elsayed" / "alsayyid")."""
    return a == b or (_initial(a) or _initial(b)) and a[0] == b[0] \
        or min(len(a), len(b)) >= 5 and compare_surnames(a, b) in ("one-letter", "transliteration")


def _romanized(word: str) -> str:
    """One spelling for letters romanizations write two ways: Arabic's qaf as "q" or "k" ("Tariq" / "Tarek"),
    Russian's initial "Е" as "ye" or "e" and a final "-iy" as "-y" ("Yevgeniy" / "Evgeny", "Yelena" / "Elena"), and
    Korean's "u" as "oo" or "u" ("Min-soo" / "Minsu", "Joo-won" / "Juwon")."""
    word = word.replace("q", "k").replace("oo", "u")
    if word.startswith("ye") and len(word) >= 5:
        word = word[1:]
    return re.sub(r"(?:iy|yy)$", "y", word)


def _abbreviated(a: str, b: str) -> bool:
    """Is one given name the other's abbreviation by its consonants ("md" / "mohammad", "wm" / "william"): two or
    three letters, no vowel, the same first, the rest in order in the longer name, which has five letters or more?"""
    short, long_ = sorted((a, b), key=len)
    if not 2 <= len(short) <= 3 or len(long_) < 5 or short[0] != long_[0] or long_.startswith(short) \
            or any(ch in "aeiouy" for ch in short):
        return False  # (not "ben" / "bernard", "ana" / "adriana": a short name, no abbreviation)
    rest = iter(long_[1:])
    return all(ch in rest for ch in short[1:])


def _transliterated_given(a: str, b: str) -> bool:
    """Two romanizations of one given name ("Waleed"/"Walid", "Yasmin"/"Yasmeen"): two letters apart, the same
    first and last letters and Metaphone key, and a Jaro-Winkler similarity of 0.85 or more (not a man's name and
    a woman's: "Milan"/"Milena", "Jamal"/"Jamila", "Pavel"/"Pavla")."""
    return min(len(a), len(b)) >= 4 and a[0] == b[0] and a[-1] == b[-1] and Levenshtein.distance(a, b) == 2 \
        and jellyfish.metaphone(a) == jellyfish.metaphone(b) and jellyfish.jaro_winkler_similarity(a, b) >= 0.85


def compare_given(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    if not a or not b:
        return "bare"
    if "".join(a) == "".join(b):
        return "same"  # "Jae-myung" and "Jae Myung"
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= 2 and len(longer) == len(shorter) + 1 and longer[1:] == shorter:
        return "middle"  # "Nguyen Lan Huong" for "Nguyen Thi Lan Huong": a middle name before two that agree
    first_a, first_b = a[0], b[0]
    rest_a, rest_b = a[1:], b[1:]
    if first_a == first_b:
        # "Anil K. Dwivedi" / "Anil Kumar Dwivedi": both write the middle name, an initial for it in one, agreeing
        kind = "same" if rest_a and rest_b and len(rest_a) == len(rest_b) else "middle"
    elif _initial(first_a) != _initial(first_b) and first_a[0] == first_b[0] or _abbreviated(first_a, first_b):
        kind = "initial"  # (or "Md." for "Mohammad", "Wm." for "William": a written abbreviation)
    elif not _initial(first_a) and not _initial(first_b) and (
            min(len(first_a), len(first_b)) >= 4 and Levenshtein.distance(_romanized(first_a), _romanized(first_b)) <= 1
            or min(len(first_a), len(first_b)) >= 3 and (first_a.startswith(first_b) or first_b.startswith(first_a))
            or _transliterated_given(first_a, first_b)):
        kind = "variant"  # "Dmitry"/"Dmitri", "Steve"/"Steven", "Chris"/"Christopher", "Waleed"/"Walid"
    else:
        return "conflict"
    # middle names: compatible when one side has none, or they agree word by word (initials allowed)
    if rest_a and rest_b and not all(_same_word(x, y) for x, y in zip(rest_a, rest_b)):
        return "conflict"
    return kind


@lru_cache(maxsize=1 << 16)
def compare(a: ParsedName, b: ParsedName) -> NameMatch:
    """Compare two parsed names (see ``NameMatch``)."""
    surname = compare_surnames(a.surname, b.surname)
    if surname == "different" and ((a.short_surname and a.short_surname == b.surname)
                                   or (b.short_surname and b.short_surname == a.surname)):
        surname = "first"
    given = compare_given(a.given, b.given)
    if surname == "different" or given == "conflict":
        return NameMatch(surname, given, 0.0)
    return NameMatch(surname, given, NAME_SCORES.get((surname, given), 0.0))


def compare_reordered(a: ParsedName, b: ParsedName) -> NameMatch | None:
    """``a`` read with ``b``'s surname (which ``a`` writes on the other
    side), compared with ``b``: a "reordered" match, or None when that
    reading does not apply or does not agree."""
    words = a.full.split()
    if len(words) < 2 or not b.surname or a.surname == b.surname:
        return None
    folded = [fold_word(w) for w in words]
    if b.surname not in (folded[0], folded[-1]):
        return None
    other = parse(a.full, next(w for w in words if fold_word(w) == b.surname))
    if other.surname != b.surname:
        return None
    given = compare_given(other.given, b.given)
    score = NAME_SCORES.get(("reordered", given), 0.0)
    return NameMatch("reordered", given, score) if score else None


def compare_two_surnames(a: ParsedName, b: ParsedName) -> NameMatch | None:
    """``a`` ("Ignacio Valdés Urrutia", stored with the surname "Urrutia") read with its last two words as
    two surnames, compared with ``b`` ("Ignacio Valdés"): a match on the short form of the surname, or None."""
    words = a.full.split()
    if len(words) < 3 or a.short_surname or not all(w[:1].isupper() for w in words[-2:]):
        return None
    found = compare(parse(a.full, " ".join(words[-2:])), b)
    return found if found.surname == "first" and found.score else None


def compare_any(a: ParsedName, b: ParsedName) -> NameMatch:
    """``compare``, and when that finds no match, the readings with the surname on the other side or as two
    surnames in one of them."""
    found = compare(a, b)
    if found.score == 0:
        found = compare_reordered(a, b) or compare_reordered(b, a) or compare_two_surnames(a, b) \
            or compare_two_surnames(b, a) or found
    return found


def fullest(names) -> str:
    """The name a merged node keeps: most words, then longest, then the
    alphabetically first (so the choice does not depend on arrival order)."""
    return min(names, key=lambda n: (-len(n.split()), -len(n), n))
