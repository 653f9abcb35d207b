# Two set-up commands: `make guide` and `make test`. Each builds what it needs from nothing and skips what is done.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: guide test setup chromium render lint clean

guide: setup
	$(BIN)/contact-guide build
	@echo ""
	@echo "The guide is built in site/. Open site/index.html in a browser,"
	@echo "or serve it: $(BIN)/python -m http.server --directory site 8080  (then http://127.0.0.1:8080/)"

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

setup: $(STAMP) chromium

# Reinstalled only when pyproject.toml changes.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed (set PYTHON=...)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

chromium: $(STAMP)
	$(BIN)/python -m guide.chromium ensure

render: $(STAMP)
	$(BIN)/contact-guide render

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf build site .pytest_cache
