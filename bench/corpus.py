"""A synthetic corpus of wire-style trade stories for benchmarks.

``python -m bench.corpus --articles N --seed S [--out FILE]`` writes N
articles as JSON Lines. The stories come from a cast of a few hundred
invented officials, executives, analysts and legislators holding positions at
government bodies (the real names from the project's lexicon) and invented
companies, think tanks and associations. Popular actors recur (Zipf-like
weights) while new ones keep joining the cast as the corpus grows, so the
graph grows the way a real one does. Sentences vary: titles before names,
appositives, former roles, "now ... at", quotes before and after their
attribution, pronoun attributions and quotes continued in the next sentence.

Everything is generated from ``random.Random(seed)``: the same seed gives the
same corpus, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

GIVEN = """Amara Anton Beatrix Bruno Camille Caspar Delia Dmitri Edda Elias Farah Felix Greta Gideon Hana Hugo Ilse Ivo
Jana Joaquin Kira Lars Leona Lucian Mara Matteo Nadia Nils Odile Orson Paula Pieter Quinn Rafael Rosa Rune Selma Soren
Talia Tobias Ursa Viktor Vera Wendell Xenia Yannick Yara Zoltan Agnes Bastian Clara Dorian Esther Fabian Gloria Hector
Ingrid Jasper Karin Leopold Margit Nestor Olena Philippa Ronan Sabine Theo Ulla Valentin Wilma""".split()
SURNAMES = """Abernathy Achterberg Aldana Ambrose Arkwright Bellamy Bergstrom Bianchi Blackwood Brannigan Castellanos
Corrigan Dalloway Delacroix Drummond Eastwick Ellingsen Falkner Fairweather Galloway Gerritsen Hallorann Hargreave
Ingersoll Jablonski Kasprzak Kilbride Lachance Lindqvist Lombardi Mabry Marchetti Montrose Nakamura Northcott Oyelaran
Pemberton Quartermaine Radcliffe Rasmussen Santangelo Segerstrom Thackeray Trevanion Underhill Valdivia Vandermeer
Whitcombe Winterbourne Yarborough Zielinski Okonkwo Ferreira Albrecht Dumont Halvorsen Kowalczyk Moreau Ostrander
Pellegrino Renwick Stavros Tiernan Varga Wexford""".split()
# East Asian names: surname first (CN, KR), given names built from syllables
# so the pool does not run out as the cast grows.
EAST_ASIAN = {
    "CN": ("Zhao Qian Sun Zhou Wu Zheng Feng Chen Wei Jiang Shen Han Yang Qin Xu He Lu Gao Tang Song Liang Cao".split(),
           "jian guo mei ling hao ran xiu ying wei min li hua zhi yu tong qiang shuang jia rui ming hong bo".split()),
    "JP": ("Arakawa Fujimori Hayashida Ishikura Kanzaki Matsuoka Nishimura Okada Sakurai Takeda Uchida Yoshikawa "
           "Morimoto Kobayashi Shimizu Hirano".split(),
           "Haruto Yui Sota Aoi Ren Mio Daiki Sakura Kaito Rin Kenta Emi Shota Nao Takumi Yuna".split()),
    "KR": ("Kang Yoon Shin Han Oh Seo Kwon Hwang Ahn Song Jeon Baek Moon Nam".split(),
           "min jun seo yeon ji ho ha eun do hyun su bin jae won ye jin tae kyung".split()),
}
COUNTRIES = {
    "US": ("U.S.", "Washington", "American"), "CN": ("China's", "Beijing", "Chinese"),
    "JP": ("Japan's", "Tokyo", "Japanese"), "KR": ("South Korea's", "Seoul", "South Korean"),
    "GB": ("Britain's", "London", "British"), "CA": ("Canada's", "Ottawa", "Canadian"),
    "MX": ("Mexico's", "Mexico City", "Mexican"), "IN": ("India's", "New Delhi", "Indian"),
    "EU": ("the European Union's", "Brussels", "European"),
}
# (title, body) per country: titles whose body the extractor can infer
GOVERNMENT_POSTS = {
    "US": [("Commerce Secretary", "U.S. Department of Commerce"), ("Treasury Secretary", "U.S. Department of the Treasury"),
           ("Trade Representative", "Office of the United States Trade Representative"),
           ("Deputy Trade Representative", "Office of the United States Trade Representative"),
           ("Agriculture Secretary", "U.S. Department of Agriculture"),
           ("Under Secretary of Commerce", "U.S. Department of Commerce")],
    "CN": [("commerce minister", "Ministry of Commerce of the People's Republic of China"), ("vice minister of commerce", "Ministry of Commerce of the People's Republic of China"),
           ("Vice Premier", "State Council of the People's Republic of China"), ("finance minister", "Ministry of Finance of the People's Republic of China")],
    "JP": [("trade minister", "Ministry of Economy, Trade and Industry"), ("finance minister", "Ministry of Finance of Japan")],
    "KR": [("trade minister", "Ministry of Trade, Industry and Energy")],
    "GB": [("Business Secretary", "Department for Business and Trade"), ("Chancellor of the Exchequer", "HM Treasury")],
    "CA": [("Finance Minister", "Department of Finance Canada"), ("Trade Minister", "Global Affairs Canada")],
    "MX": [("Economy Minister", "Secretariat of Economy of Mexico")],
    "IN": [("commerce minister", "Ministry of Commerce and Industry of India")],
    "EU": [("trade commissioner", "European Commission")],
}
COMPANY_WORDS = ("Northgate Halvard Meridia Corvane Ashby Brightwater Keystone Solano Tremont Valecrest Orinoco Pelham "
                 "Silverline Redwater Altamira Brookfield Cobalt Danforth Emberly Foxhollow").split()
COMPANY_KINDS = ("Motors Steel Semiconductor Logistics Agritrade Shipping Pharmaceuticals Aluminium Electronics "
                 "Energy").split()
THINK_TANKS = ("Institute for Trade Policy", "Center for Economic Security", "Trade Research Institute",
               "Foundation for Open Markets", "Council on Supply Chains")
ASSOCIATIONS = ("Growers Council", "Manufacturers Association", "Steel Producers Association", "Exporters Alliance",
                "Chamber of Industry")
MEDIA = ("Reuters", "Bloomberg", "CNBC", "the Financial Times", "Xinhua", "Kyodo News", "Yonhap", "the BBC")
ISSUES = {
    "tariffs": ["tariffs", "the new tariffs", "reciprocal tariffs", "import duties", "tariff rates"],
    "rare_earths": ["rare earths", "rare-earth magnets", "critical minerals", "rare earth exports"],
    "export_controls": ["export controls", "export licenses", "the entity list", "chip export curbs"],
    "semiconductors": ["semiconductors", "advanced chips", "chipmaking equipment", "AI chips"],
    "agriculture": ["soybean purchases", "farm exports", "agricultural products", "beef and pork sales"],
    "steel_aluminum": ["steel imports", "aluminium tariffs", "steel overcapacity", "metals tariffs"],
    "autos": ["car exports", "auto parts", "electric vehicles", "automakers"],
    "fentanyl": ["fentanyl precursors", "fentanyl", "synthetic opioids"],
    "subsidies": ["industrial subsidies", "state subsidies", "subsidies"],
    "overcapacity": ["overcapacity", "excess capacity"],
    "transshipment": ["transshipment", "goods rerouted through third countries"],
    "digital_trade": ["digital services taxes", "data flows", "digital trade rules"],
    "energy": ["LNG purchases", "energy exports", "liquefied natural gas"],
    "shipping_ports": ["port fees", "shipbuilding", "shipping fees"],
    "investment": ["investment pledges", "foreign investment", "outbound investment"],
    "market_access": ["market access", "non-tariff barriers"],
}
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
QUOTE_TEMPLATES = (
    "We will not accept {a} as the price of a deal",
    "Nobody should expect a quick agreement on {a}",
    "Our position on {a} has not changed, and it will not change this month",
    "{A} are hurting workers on both sides, and that has to stop",
    "We are ready to talk about {a} if the other side moves on {b}",
    "The real question is whether {b} will be on the table at all",
    "Every week without progress on {a} costs our exporters money",
    "We have shown good faith on {a}; now we expect the same on {b}",
)


@dataclass
class Actor:
    name: str
    surname: str
    country: str
    title: str
    body: str
    kind: str  # government | company | think_tank | association | legislature
    she: bool
    former_title: str | None = None
    former_body: str | None = None


class Cast:
    """The people the stories are about; grows as the corpus is written."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.actors: list[Actor] = []
        self.used_names: set[str] = set()
        self.companies = [f"{w} {k}" for w in COMPANY_WORDS for k in rng.sample(COMPANY_KINDS, 2)]
        rng.shuffle(self.companies)
        for _ in range(150):
            self.add()

    def _name(self, country: str) -> tuple[str, str, bool]:
        rng = self.rng
        for attempt in range(1000):
            she = rng.random() < 0.45
            if country == "JP":
                surnames, givens = EAST_ASIAN[country]
                surname, given = rng.choice(surnames), rng.choice(givens)
                name = f"{given} {surname}"
                if attempt > 50:
                    name = f"{given} {chr(65 + rng.randrange(26))}. {surname}"
            elif country in EAST_ASIAN:
                surnames, syllables = EAST_ASIAN[country]
                surname = rng.choice(surnames)
                first, second = rng.choice(syllables), rng.choice(syllables)
                given = f"{first.capitalize()}-{second}" if country == "KR" else f"{first}{second}".capitalize()
                name = f"{surname} {given}"
            else:
                surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
                name = f"{given} {surname}"
                if attempt > 50:  # a large cast: a middle initial keeps names apart
                    name = f"{given} {chr(65 + rng.randrange(26))}. {surname}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name, surname, she
        raise RuntimeError(f"could not make a new unique name for {country}")

    def add(self) -> Actor:
        rng = self.rng
        country = rng.choice(list(COUNTRIES))
        name, surname, she = self._name(country)
        roll = rng.random()
        if roll < 0.45:
            title, body = rng.choice(GOVERNMENT_POSTS[country])
            kind = "government"
        elif roll < 0.7:
            title, body, kind = rng.choice(["CEO", "chief executive", "chairman", "president"]), \
                rng.choice(self.companies[:60]), "company"
        elif roll < 0.85:
            title = rng.choice(["senior fellow", "analyst", "director of trade policy", "economist"])
            body, kind = f"{rng.choice(COMPANY_WORDS)} {rng.choice(THINK_TANKS)}", "think_tank"
        else:
            title = rng.choice(["president", "chair", "director"])
            body, kind = f"{COUNTRIES[country][2]} {rng.choice(ASSOCIATIONS)}", "association"
        actor = Actor(name, surname, country, title, body, kind, she)
        if kind in ("think_tank", "company") and rng.random() < 0.3:
            actor.former_title, actor.former_body = rng.choice(GOVERNMENT_POSTS[country])
        self.actors.append(actor)
        return actor

    def pick(self, k: int) -> list[Actor]:
        """``k`` distinct actors, early (popular) ones more often; sometimes a newcomer."""
        chosen: list[Actor] = []
        while len(chosen) < k:
            if self.rng.random() < 0.015:  # a newcomer: the cast keeps growing, slowly
                actor = self.add()
            else:
                n = len(self.actors)
                actor = self.actors[min(int(self.rng.paretovariate(1.1)) - 1, n - 1) if self.rng.random() < 0.6
                                    else self.rng.randrange(n)]
            if actor not in chosen:
                chosen.append(actor)
        return chosen


class Writer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.cast = Cast(self.rng)

    def phrase(self, issue: str) -> str:
        return self.rng.choice(ISSUES[issue])

    def quote(self, issues: list[str]) -> str:
        a = self.phrase(issues[0])
        b = self.phrase(issues[-1] if len(issues) > 1 else self.rng.choice(list(ISSUES)))
        text = self.rng.choice(QUOTE_TEMPLATES).format(a=a, b=b, A=a[:1].upper() + a[1:])
        return text

    def intro(self, actor: Actor) -> str:
        """First mention: the name with its title, in one of several forms."""
        rng = self.rng
        poss, _, adj = COUNTRIES[actor.country]
        form = rng.randrange(5)
        if actor.kind == "government":
            if form <= 1:
                prefix = f"{poss} " if form == 0 and actor.country != "US" else ("U.S. " if actor.country == "US" else "")
                return f"{prefix}{_cap(actor.title)} {actor.name}"
            if form == 2:
                return f"{actor.name}, {poss} {actor.title},"
            if form == 3:
                return f"{actor.name}, the {actor.title},"
            return f"{adj} {_cap(actor.title)} {actor.name}"
        if actor.kind == "company":
            if form <= 2:
                return f"{actor.body} {actor.title if actor.title == 'CEO' else _cap(actor.title)} {actor.name}"
            return f"{actor.name}, {actor.title} of {actor.body},"
        if actor.former_title and form <= 2:
            return (f"{actor.name}, a former {poss} {actor.former_title} who is now {_a(actor.title)} "
                    f"{actor.title} at the {actor.body},")
        return f"{actor.name}, {_a(actor.title)} {actor.title} at the {actor.body},"

    def article(self, n: int, published: dt.date) -> dict:
        rng = self.rng
        issues = rng.sample(list(ISSUES), rng.choice([1, 2, 2, 3]))
        actors = self.cast.pick(rng.choice([2, 3, 3, 4, 5]))
        lead = actors[0]
        _, city, _ = COUNTRIES[lead.country]
        agency = rng.choice(["Tradewire", "Marketline", "Global Desk"])
        i1 = self.phrase(issues[0])
        title = f"{lead.surname} {rng.choice(['warns on', 'signals shift on', 'presses for talks on', 'defends stance on'])} {i1}"
        paragraphs = [f"{city.upper()} ({agency}) - {self.intro(lead)} said on {rng.choice(DAYS)} that talks on "
                      f"{i1} would continue, as negotiators tried to narrow differences over "
                      f"{self.phrase(issues[-1])}."]
        for k, actor in enumerate(actors):
            quote = self.quote(issues)
            pronoun = "she" if actor.she else "he"
            intro = self.intro(actor) if k > 0 else actor.surname
            style = rng.randrange(5)
            if style == 0:
                para = f"\u201c{quote},\u201d {intro} said."
            elif style == 1:
                para = f"{intro} told {rng.choice(MEDIA)}: \u201c{quote}.\u201d"
            elif style == 2:
                para = (f"\u201c{quote},\u201d said {actor.name if k > 0 else actor.surname}. "
                        f"\u201c{self.quote(issues)}.\u201d")
            elif style == 3:
                para = (f"{intro} spoke after a meeting on {self.phrase(rng.choice(issues))}. "
                        f"\u201c{quote},\u201d {pronoun} said.")
            else:
                para = (f"{intro} said the dispute over {self.phrase(rng.choice(issues))} had dragged on for months. "
                        f"\"{quote},\" {actor.surname} said.")
            paragraphs.append(para)
            if rng.random() < 0.4:
                the = "" if actor.kind == "company" else "The "
                paragraphs.append(f"{the}{actor.body} said in a statement that it was reviewing "
                                  f"{self.phrase(rng.choice(issues))}.")
        paragraphs.append(f"Officials said the next round of talks on {self.phrase(rng.choice(issues))} could take "
                          f"place in {rng.choice([c[1] for c in COUNTRIES.values()])} next month.")
        return {"id": f"bench-{n:06d}", "title": _cap(title), "published": published.isoformat(),
                "text": "\n\n".join(paragraphs)}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def generate(articles: int, seed: int = 1):
    """Yield ``articles`` article dicts, deterministic for ``seed``."""
    writer = Writer(seed)
    start = dt.date(2024, 1, 1)
    span = 730
    for n in range(articles):
        yield writer.article(n, start + dt.timedelta(days=int(n * span / max(articles, 1))))


def write_corpus(path: Path, articles: int, seed: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for article in generate(articles, seed):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="JSON Lines file (default: stdout)")
    args = parser.parse_args(argv)
    if args.out:
        write_corpus(args.out, args.articles, args.seed)
        print(f"Wrote {args.articles} articles to {args.out}", file=sys.stderr)
    else:
        for article in generate(args.articles, args.seed):
            sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
