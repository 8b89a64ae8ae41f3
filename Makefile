# dsr-triage developer commands. `make demo` and `make test` are the README's two set-up commands.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DATA := .demo

.PHONY: demo demo-clean test test-deps lint format bench clean

# The virtual environment with the project (editable) and its test tools.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

## demo: install, import the bundled demo mailbox into .demo/dsr.sqlite3, print the queue
DEMO_DSR := DSR_CONFIG=demo/dsr.toml DSR_DATABASE__DATA_DIR=$(DEMO_DATA) DSR_CACHE_DIR=$(DEMO_DATA)/cache $(BIN)/dsr

demo: $(BIN)/.installed
	$(DEMO_DSR) import demo/messages
	$(DEMO_DSR) status
	COLUMNS=160 $(DEMO_DSR) queue

demo-clean:
	rm -rf $(DEMO_DATA)

## test-deps: the system packages the tests start for real (PostgreSQL), when missing
test-deps:
	@if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing PostgreSQL (Debian package postgresql)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else \
	    echo "PostgreSQL is missing: install Debian's 'postgresql' package (tests that need it will fail)"; \
	  fi; \
	fi
	@if ! command -v dovecot >/dev/null && [ ! -x /usr/sbin/dovecot ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Dovecot (Debian package dovecot-imapd)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; \
	  else \
	    echo "Dovecot is missing: install Debian's 'dovecot-imapd' package (tests that need it will fail)"; \
	  fi; \
	fi

## test: install what the tests need, run the whole suite (SQLite and PostgreSQL)
test: $(BIN)/.installed test-deps
	$(BIN)/python -m pytest

## lint: ruff (lint and format) and mypy --strict on the packages
lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(BIN)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## bench: benchmarks, run by hand (never in CI)
bench: $(BIN)/.installed
	$(BIN)/python -m bench.ingest
	$(BIN)/python -m bench.classify --corpus ../shared/corpus/dev
	$(BIN)/python -m bench.queue
	$(BIN)/python -m bench.daemon

clean: demo-clean
	rm -rf $(VENV) build *.egg-info .mypy_cache .pytest_cache .ruff_cache
