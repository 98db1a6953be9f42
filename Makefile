# Two commands do everything on a fresh machine (see README.md):
#   make run    set up, start the local Neo4j, load samples/, open the explorer
#   make test   set up and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test setup load app browser bench clean-graph

$(VENV)/.installed: requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

setup: $(VENV)/.installed

load: setup
	$(BIN)/python -m graph server start
	$(BIN)/python -m loaders ingest samples
	$(BIN)/python -m graph counts

run: load
	$(BIN)/python -m streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT) --server.headless true \
	  --browser.gatherUsageStats false

# Debian's Chromium for the end-to-end browser test (skipped when it is already there).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; }

# The suite runs in TEST_WORKERS processes (pytest-xdist), a test file to a worker; each worker starts its own
# test server. TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2

test: setup browser
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=15

bench: setup
	$(BIN)/python -m bench all --quick
