"""Profile extraction (the slowest stage) with pyinstrument."""

from __future__ import annotations


def profile_extraction(bench) -> None:
    from pyinstrument import Profiler

    from loaders.extraction import Extractor

    articles = bench.articles_from(bench.corpus(300), 300)
    extractor = Extractor()
    list(extractor.extract_many(articles[:10]))
    profiler = Profiler(interval=0.0005)
    profiler.start()
    list(extractor.extract_many(articles))
    profiler.stop()
    print(profiler.output_text(unicode=False, color=False, show_all=False))
