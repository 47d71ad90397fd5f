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

.PHONY: eval-heldout eval-dev2 eval-dev3 eval-blind eval-all
eval-heldout eval-dev2 eval-dev3 eval-blind: eval-%: $(STAMP)
	@bash eval/score_set.sh $*

eval-all: eval eval-dev2 eval-dev3 eval-heldout eval-blind

bench: $(STAMP)
	$(BIN)/python bench/extract.py --copies 4
	$(BIN)/python bench/fcm_vs_fcmpy.py

clean:
	rm -rf $(VENV) out *.duckdb
