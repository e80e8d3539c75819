# Redline: `make run` and `make test` each set everything up from a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench eval system-deps venv clean package translations update-translations

# The window's translations: resources/translations/redline_<lang>.ts are the catalogues
# (translated by people), the .qm files Qt loads are built from them by pyside6-lrelease.
# `make update-translations` extracts the strings of app/ui and the messages of app/core
# (app.core.wording) anew into the .ts files (pyside6-lupdate); redline_en.ts holds the English
# plural forms of the counted phrases (%n). tests/ui/test_translations.py fails on a string
# without a translation and on a counted phrase not marked plural.
TS := $(wildcard resources/translations/redline_*.ts)
# qt_extra_<lang>.ts: Qt's own strings its catalogues leave in English (the file dialog's)
QM := $(TS:.ts=.qm) $(patsubst %.ts,%.qm,$(wildcard resources/translations/qt_extra_*.ts))

# (written aside and renamed over: a running window maps its catalogue, and one rewritten in
# place under it read half in another language)
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@.part && mv -f $@.part $@

translations: $(QM)

update-translations: $(STAMP)
	$(BIN)/python packaging/update_translations.py $(BIN) $$(find app/ui app/core -name '*.py' | sort) -ts $(TS)

# Debian/Ubuntu packages Redline needs at run time (Tesseract, poppler: the publication PDF's second
# reader and the benchmarks' baselines, Qt's X/EGL libs, PostgreSQL for the team-library tests).
system-deps:
	@bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Redline needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): install python3-venv (apt-get install python3-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev,postgresql]'
	@touch $(STAMP)

venv: system-deps $(STAMP) translations

# Opens the app; on an empty library it first fills it with generated sample documents.
run: venv
	@unset QT_QPA_PLATFORM; $(BIN)/redline --library "$${REDLINE_LIBRARY:-$(CURDIR)/.sample-library}" gui --sample-if-empty

# Two test processes (the two cores CI has), a test file's tests kept together in one of them
# (their module fixtures built once); every server, display and process a test needs is its own.
TEST_WORKERS ?= 2
test: venv
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# Benchmarks, then the reliability suite with 20 kills per operation (10 in `make test`).
bench: venv
	$(BIN)/python -m pytest -q -s -o addopts="" -p no:cacheprovider tests/bench
	REDLINE_KILL_RUNS=20 $(BIN)/python -m pytest -q -s -p no:cacheprovider tests/reliability

eval: venv
	$(BIN)/python -m pytest -q -s -o addopts="" -p no:cacheprovider tests/bench -k eval

# A one-folder app in dist/redline (PyInstaller; see docs/packaging.md), then its smoke test.
$(VENV)/.installed-package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@touch $@

package: venv $(VENV)/.installed-package
	nice -n 10 $(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/redline.spec
	@echo "Bundle size: $$(du -sh dist/redline | cut -f1)"
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/packaging

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
