PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus/russia-japan-2017
GOLD ?= ../shared/eval/dev-gold
DB ?= dyad.duckdb
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dyad build $(CORPUS) --db $(DB)
	$(BIN)/dyad report --db $(DB)
	$(BIN)/dyad simulate --db $(DB) --bundled sanctions-lifted
	$(BIN)/dyad report --db $(DB) --html report.html

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	@mkdir -p out
	@$(BIN)/dyad build $(CORPUS) --db out/eval.duckdb --quiet
	@$(BIN)/dyad export --format json --db out/eval.duckdb --output out/export.json
	@$(BIN)/python $(GOLD)/../score.py --export out/export.json --gold $(GOLD) --corpus $(CORPUS)

.PHONY: eval-heldout
eval-heldout: $(STAMP)
	@mkdir -p out
	@rm -f out/heldout.duckdb out/heldout.duckdb.wal
	@# build and export messages quote the blind articles: they go to a log, not the terminal
	@$(BIN)/dyad build eval/heldout/corpus --db out/heldout.duckdb --quiet > out/heldout.log 2>&1 || \
		(echo "build failed: see out/heldout.log"; exit 1)
	@$(BIN)/dyad export --format json --db out/heldout.duckdb --output out/heldout.json >> out/heldout.log 2>&1 || \
		(echo "export failed: see out/heldout.log"; exit 1)
	@$(PY) ../shared/eval/score.py --export out/heldout.json --gold eval/heldout/gold --corpus eval/heldout/corpus

.PHONY: eval-dev2
eval-dev2: $(STAMP)
	@bash eval/dev2/score.sh

bench: $(STAMP)
	$(BIN)/python bench/extract.py --copies 4
	$(BIN)/python bench/fcm_vs_fcmpy.py

clean:
	rm -rf $(VENV) out *.duckdb
