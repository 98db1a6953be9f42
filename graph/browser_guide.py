"""The example research queries of ``docs/SCHEMA.md`` as a Neo4j Browser guide.

Neo4j Browser 5 opens Markdown guides from a URL (``:guide <url>``), one
slide per part between ``---`` lines, with each code block ready to put into
the editor. The local server serves this guide itself, from the Browser's own
jar (see ``graph.server``), so the examples researchers read in the schema
document are one click away in the Browser too, parameters included.
"""

from __future__ import annotations

import json

from graph.examples import examples

GUIDE_PATH = "tradegraph/examples.md"  # under /browser/ on the server's HTTP port


def guide_markdown() -> str:
    """The guide: an opening slide, then one slide per example (``:param``
    blocks first when the example takes parameters, then the query)."""
    slides = ["# tradegraph: example research queries\n\n"
              "The examples of docs/SCHEMA.md, on the graph this server holds. Click a block to put it into "
              "the editor, then run it. Blocks starting with `:param` set the parameters the query after "
              "them uses; change their values to ask about someone else."]
    for example in examples():
        parts = [f"## {example.label}"]
        for name, value in example.params.items():
            parts.append(f"```\n:param {name} => {json.dumps(value, ensure_ascii=False)}\n```")
        parts.append(f"```\n{example.cypher}\n```")
        slides.append("\n\n".join(parts))
    return "\n\n---\n\n".join(slides) + "\n"
