"""Research interface: the read-only console, analytics and exports, against
the real Neo4j holding samples/."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import networkx as nx
import pandas as pd
import pytest

from conftest import ROOT, counts
from graph import analytics as A
from graph.console import check_query, ConsoleRefused, parameters_in, parse_param, run_query, to_csv
from graph.export import export, full_graph, query_graph

WRITES = [
    "CREATE (:Evil {x: 1})",
    "MATCH (p:Person) SET p.name = 'pwned'",
    "MATCH (p:Person) REMOVE p.name",
    "MATCH (n) DETACH DELETE n",
    "MERGE (:Evil {id: 'x'})",
    "MATCH (p:Person) WITH p LIMIT 1 CALL { WITH p SET p:Evil }",
    "CREATE INDEX evil IF NOT EXISTS FOR (n:Evil) ON (n.x)",
    "CALL db.createLabel('Evil')",
    "CALL db.createProperty('evil')",
    "FOREACH (i IN range(1, 3) | CREATE (:Evil))",
]
REFUSED_BEFORE_SENDING = [
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "load csv with headers from 'https://example.org/x.csv' AS r RETURN r",
    "CALL dbms.security.createUser('eve', 'secret-password', false)",
    "CALL dbms.listConfig()",
    "CREATE USER eve SET PASSWORD 'secret-password'",
    "GRANT ROLE admin TO eve",
    "SHOW USERS",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CALL apoc.cypher.runWrite('CREATE (:Evil)', {})",
    "STOP DATABASE neo4j",
]


@pytest.mark.parametrize("cypher", WRITES)
def test_every_kind_of_write_is_refused_by_the_database(sample_graph, cypher):
    before = counts(sample_graph)
    result = run_query(sample_graph, cypher)
    assert not result.ok
    assert "read-only" in result.error or "Refused" in result.error
    assert counts(sample_graph) == before
    records, _, _ = sample_graph.execute_query("MATCH (n) WHERE n:Evil OR n.name = 'pwned' RETURN count(n) AS n")
    assert records[0]["n"] == 0


@pytest.mark.parametrize("cypher", REFUSED_BEFORE_SENDING)
def test_file_url_and_admin_queries_are_refused_before_sending(cypher):
    with pytest.raises(ConsoleRefused):
        check_query(cypher)


def test_refusal_is_shown_plainly(sample_graph):
    result = run_query(sample_graph, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")
    assert result.error.startswith("Refused: LOAD CSV")


def test_words_inside_strings_are_not_mistaken_for_commands(sample_graph):
    result = run_query(sample_graph, "RETURN 'LOAD CSV and CREATE USER are only words here' AS s // SHOW USERS")
    assert result.ok and result.rows == [{"s": "LOAD CSV and CREATE USER are only words here"}]


def test_local_server_refuses_file_urls_even_without_the_console_check(sample_graph, server):
    from neo4j.exceptions import ClientError

    if server is None:
        pytest.skip("tests run against an external server")
    with pytest.raises(ClientError, match="allow_csv_import_from_file_urls"):
        sample_graph.execute_query("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", routing_="r")


def test_timeout_stops_a_long_query(sample_graph):
    result = run_query(sample_graph, "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*)",
                       timeout=1.0)
    assert not result.ok
    assert "longer than the 1 s limit" in result.error
    assert result.seconds < 20


def test_row_cap_cuts_with_a_notice(sample_graph):
    result = run_query(sample_graph, "UNWIND range(1, 5000) AS x RETURN x", row_cap=100)
    assert result.ok and result.truncated
    assert [r["x"] for r in result.rows] == list(range(1, 101))
    assert not run_query(sample_graph, "UNWIND range(1, 50) AS x RETURN x", row_cap=100).truncated


def test_parameters_and_graph_results(sample_graph):
    cypher = "MATCH p = (a:Person {name: $name})-[:HOLDS]->(r:Role)-[:AT]->(o) RETURN p, a.name AS name"
    assert parameters_in(cypher) == ["name"]
    result = run_query(sample_graph, cypher, {"name": "Zhou Hanlin"})
    assert result.ok and len(result.rows) == 2
    assert {n["label"] for n in result.graph.nodes.values()} == {"Person", "Role", "Organization"}
    assert {e["type"] for e in result.graph.edges.values()} == {"HOLDS", "AT"}
    missing = run_query(sample_graph, cypher)
    assert "Missing parameter" in missing.error
    csv_text = to_csv(result)
    assert csv_text.splitlines()[0] == "p,name"
    assert "Zhou Hanlin" in csv_text
    assert parse_param("n=5") == ("n", 5) and parse_param("$name=Zhou Hanlin") == ("name", "Zhou Hanlin")


def test_query_command_line(sample_graph, test_env):
    env = {**os.environ, **test_env}
    ok = subprocess.run([sys.executable, "-m", "graph", "query", "MATCH (p:Person {name: $n}) RETURN p.name AS name",
                         "-p", "n=Marisa Okafor", "--format", "json"], cwd=ROOT, env=env, capture_output=True,
                        text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["rows"] == [{"name": "Marisa Okafor"}]
    bad = subprocess.run([sys.executable, "-m", "graph", "query", "MATCH (n) DETACH DELETE n"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "read-only" in bad.stderr


# ---- analytics ------------------------------------------------------------------------

def test_measures_on_a_small_known_graph():
    star = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("c", "d")])
    measures = A.centralities(star)
    assert max(measures["degree"], key=measures["degree"].get) == "hub"
    assert measures["betweenness"]["hub"] == pytest.approx(5 / 6)
    assert sum(measures["pagerank"].values()) == pytest.approx(1.0)
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(3))
    groups = A.communities(two)
    assert groups[0] == groups[1] == groups[2] == groups[3] == 0 and groups[4] == groups[5] == groups[6] == 1
    assert A.communities(two) == groups  # seeded: the same every time


def test_analytics_on_the_sample_graph_and_write_back(reader, sample_graph):
    graph = A.load_graph(reader, ["Person", "Organization", "Role", "Issue", "Country"])
    assert graph.number_of_nodes() == sum(1 for _ in sample_graph.execute_query(
        "MATCH (n) WHERE n:Person OR n:Organization OR n:Role OR n:Issue OR n:Country RETURN n").records)
    measures = A.centralities(graph, weighted=True)
    top_people = A.top(measures["degree"], graph, 3, ["Person"])
    # degree centrality is the share of other nodes a node touches: the best-linked person by networkx itself
    people = [n for n, d in graph.nodes(data=True) if d.get("label") == "Person"]
    undirected = nx.Graph(graph.to_undirected())
    links = {n: len(set(undirected.neighbors(n)) - {n}) for n in people}
    best = min(people, key=lambda n: (-links[n], graph.nodes[n]["name"]))
    assert top_people[0]["id"] == best and top_people[0]["name"] == graph.nodes[best]["name"]
    groups = A.communities(graph)
    written = A.write_measures(sample_graph, measures, groups)
    assert written == graph.number_of_nodes()
    records, _, _ = sample_graph.execute_query(
        "MATCH (p:Person) WHERE p.pagerank IS NOT NULL RETURN p.id AS id ORDER BY p.degree DESC LIMIT 1")
    assert links[records[0]["id"]] == links[best]


def test_cooccurrence_network(reader):
    graph = A.cooccurrence(reader, threshold=1)
    assert graph.has_edge("person:marisa-okafor", "person:zhou-hanlin")
    assert graph["person:lin-meiyu"]["person:zhou-hanlin"]["weight"] == 1
    stronger = A.cooccurrence(reader, threshold=2)
    assert all(d["weight"] >= 2 for _, _, d in stronger.edges(data=True))
    assert stronger.number_of_edges() < graph.number_of_edges()


# ---- exports ---------------------------------------------------------------------------

def test_graphml_and_gexf_round_trip_with_labels_and_properties(reader, tmp_path):
    graph = full_graph(reader)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = export(graph, fmt, tmp_path / f"g.{fmt}")[0]
        back = read(path)
        assert back.number_of_nodes() == graph.number_of_nodes()
        assert back.number_of_edges() == graph.number_of_edges()
        okafor = back.nodes["person:marisa-okafor"]
        assert okafor["label"] == "Marisa Okafor" and okafor["labels"] == "Person"
        assert okafor["aliases"] == "Okafor"
        holds = [d for u, v, d in back.edges(data=True)
                 if u == "person:marisa-okafor" and d.get("relationship") == "HOLDS"]
        stored = [d for u, v, d in graph.edges(data=True) if u == "person:marisa-okafor" and d.get("type") == "HOLDS"]
        assert holds and int(holds[0]["weight"]) == stored[0]["weight"] >= 2


def test_json_node_link_round_trip(reader, tmp_path):
    graph = full_graph(reader)
    path = export(graph, "json", tmp_path / "g.json")[0]
    back = nx.node_link_graph(json.loads(path.read_text()), edges="links")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.nodes["issue:rare_earths"]["name"] == "Rare earths and critical minerals"


def test_csv_reads_in_pandas_and_imports_with_neo4j_admin(reader, tmp_path, settings):
    graph = full_graph(reader)
    nodes_csv, rels_csv = export(graph, "csv", tmp_path / "csv")
    nodes = pd.read_csv(nodes_csv)
    rels = pd.read_csv(rels_csv)
    assert len(nodes) == graph.number_of_nodes() and len(rels) == graph.number_of_edges()
    assert list(nodes.columns[:2]) == ["id:ID", ":LABEL"]
    assert list(rels.columns[:3]) == [":START_ID", ":END_ID", ":TYPE"]
    assert "aliases:string[]" in nodes.columns and "weight:long" in rels.columns

    from graph.server import LocalServer

    server = LocalServer(settings, progress=lambda m: None)
    if not server.installed():
        pytest.skip("Neo4j jars are not installed here (tests use an external server)")
    home = tmp_path / "import-home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(
        f"server.directories.data={home / 'data'}\nserver.directories.logs={home / 'logs'}\n")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    result = subprocess.run(
        ["java", "-cp", str(server.lib_dir / "*"), "org.neo4j.cli.AdminTool", "database", "import", "full",
         f"--nodes={nodes_csv}", f"--relationships={rels_csv}", "--array-delimiter=;",
         f"--report-file={tmp_path / 'import.report'}", "neo4j"],
        env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert f"{graph.number_of_nodes()} nodes" in result.stdout
    assert f"{graph.number_of_edges()} relationships" in result.stdout


def test_export_of_a_query_result(reader, tmp_path, test_env):
    graph = query_graph(reader, "MATCH p = (:Person)-[:HOLDS]->(:Role)-[:AT]->(:Organization {kind: $k}) RETURN p",
                        {"k": "government"})
    assert graph.number_of_nodes() > 0
    assert {d["label"] for _, d in graph.nodes(data=True)} == {"Person", "Role", "Organization"}
    env = {**os.environ, **test_env}
    out = tmp_path / "q.graphml"
    result = subprocess.run([sys.executable, "-m", "graph", "export", "--format", "graphml", "--out", str(out),
                             "--query", "MATCH (p:Person)-[h:HOLDS]->(r:Role) RETURN p, h, r"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    back = nx.read_graphml(out)
    assert {d["labels"] for _, d in back.nodes(data=True)} == {"Person", "Role"}
