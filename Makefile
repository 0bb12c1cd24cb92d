# Two commands on a fresh machine with python3 and make: `make demo`, `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= sqlite:///var/aggregator.db
STAMP  := $(VENV)/.installed

.PHONY: help install demo test bench lint clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(STAMP)  ## create .venv and install aggregator with its test tools

demo: $(STAMP)  ## replay the bundled fixture web into var/aggregator.db and print a summary
	$(BIN)/aggregator crawl --from fixtures/sites --db $(DB)
	@echo
	@echo 'Try:    $(BIN)/aggregator claims "Star Trek Picard" --season 2'
	@echo 'Serve:  $(BIN)/aggregator serve --db $(DB) --store fixtures/sites'

test: $(STAMP)  ## run the test suite (offline)
	$(BIN)/pytest -q

bench: $(STAMP)  ## benchmarks (slow; never part of `make test`)
	$(BIN)/python -m bench

lint: $(STAMP)  ## ruff
	$(BIN)/pip install --quiet ruff && $(BIN)/ruff check aggregator spiders pipelines tests bench

clean:  ## remove the venv, caches and var/
	rm -rf $(VENV) var .pytest_cache build *.egg-info
