# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON_SYSTEM ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATA_RAW := data/raw
DATA_PARQUET := data/parquet
GEO := data/geo/provinces.geojson
PORT ?= 8501
# Debian packages the browser tests need: the browser itself and a CJK font so
# screenshots are readable.  Playwright's own browser download does not work offline.
BROWSER_PACKAGES := chromium fonts-noto-cjk

.PHONY: run test etl bench geo browser-deps clean venv

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON_SYSTEM) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Built only when missing; `make etl` rebuilds on demand.
$(DATA_PARQUET)/_snapshot.json: | $(STAMP)
	$(PY) -m etl $(DATA_RAW) --out $(DATA_PARQUET)

etl: $(STAMP)
	$(PY) -m etl $(DATA_RAW) --out $(DATA_PARQUET)

geo: $(GEO)

$(GEO): | $(STAMP)
	$(PY) -m etl.geo --out data/geo

run: $(STAMP) $(DATA_PARQUET)/_snapshot.json $(GEO)
	@echo "浏览器打开 http://localhost:$(PORT)"
	$(VENV)/bin/streamlit run dashboard.py --server.port $(PORT) --server.headless true

browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; \
	fi

# pytest exits 5 when it collects no test: say so instead of failing the build.
test: $(STAMP) $(GEO) browser-deps
	$(PY) -m pytest -q tests; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; exit 0; fi; exit $$rc

bench: $(STAMP) $(GEO)
	$(PY) -m bench.etl_bench
	$(PY) -m bench.dashboard_bench

clean:
	rm -rf $(VENV) $(DATA_PARQUET) data/geo bench/out test-artifacts
