# Two commands matter to a newcomer: `make demo` and `make test`. Both set themselves up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APT_STAMP := $(VENV)/.apt-done
# The suite runs on every core (pytest-xdist): renders and engine round trips keep a 2-core CI busy.
PYTEST_ARGS ?= -n auto --dist loadgroup

.PHONY: venv apt-deps test lint demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[local,cluster,test,mcp,beats]'
	touch $@

venv: $(STAMP)

# System packages: the text fonts (nemo_skill/draft/styles.py FONTS: a serif, a display face, a
# handwriting script, a CJK sans, colour emoji), FriBiDi (Pillow's raqm layout shapes Arabic and orders
# right-to-left text with it), espeak-ng (spoken demo voiceover), chromium (the workspace page's
# browser tests drive Debian's chromium through Playwright; no browser is ever downloaded) and
# redis-server (the broker the cluster tests start on a loopback port, docs/cluster.md), tesseract-ocr
# (one test reads an end card's call to action back from a rendered frame; 6 packages, ~10 MB). Best effort:
# without root or apt the tests still pass (the browser and cluster tests skip, except under CI, where
# they fail), the renderer warns and falls back to its default fonts and the demo uses a tone
# voiceover. Re-checked when this file changes.
$(APT_STAMP): Makefile | $(STAMP)
	@if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  need=""; \
	  command -v espeak-ng >/dev/null || need="$$need espeak-ng"; \
	  fc-list :lang=zh 2>/dev/null | grep -q . || need="$$need fonts-wqy-microhei"; \
	  for p in fonts-dejavu-core fonts-league-spartan fonts-dancingscript fonts-noto-color-emoji libfribidi0; do \
	    dpkg -s $$p >/dev/null 2>&1 || need="$$need $$p"; \
	  done; \
	  [ -x /usr/bin/chromium ] || need="$$need chromium"; \
	  command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] || need="$$need redis-server"; \
	  command -v tesseract >/dev/null || need="$$need tesseract-ocr"; \
	  if [ -n "$$need" ]; then \
	    echo "apt: installing$$need"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$need >/dev/null) \
	      || echo "apt: could not install$$need (continuing without)"; \
	  fi; \
	fi
	@touch $@

apt-deps: $(APT_STAMP)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: venv apt-deps lint
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .venv-bench build *.egg-info .pytest_cache

# ---- The demo: sample assets -> connect, upload, chat, state, export on the local engine ----
# Everything it writes stays in ./demo-output/ (git-ignored). The time printed includes `make venv`.
demo:
	@start=$$(date +%s.%N); \
	$(MAKE) --no-print-directory venv && \
	$(PY) -m nemo_skill.cli.demo --out demo-output --started-at "$$start"

# ---- Installing the skill into an agent host ----
# make install-cursor [PROJECT=DIR]   ~/.cursor/skills/media-content-generator (or DIR/.cursor/skills/...)
# make install-clawhub                ~/.clawhub/skills/media-content-generator
# make install-openclaw               ~/.openclaw/skills/media-content-generator
# make install-claude                 ~/.claude/skills/media-content-generator
# The copy gets its own .venv (pip install '.[local]' from PyPI). NEMO_INSTALL_OFFLINE=1 reuses this
# checkout's .venv packages and pip-installs with --no-index; NEMO_INSTALL_FAST=1 also skips pip.
INSTALL_HOSTS := cursor clawhub openclaw claude
.PHONY: $(addprefix install-,$(INSTALL_HOSTS)) $(addprefix uninstall-,$(INSTALL_HOSTS))

$(addprefix install-,$(INSTALL_HOSTS)):
	$(PYTHON) -m nemo_skill.installer install $(@:install-%=%) $(if $(PROJECT),--project "$(PROJECT)")

$(addprefix uninstall-,$(INSTALL_HOSTS)):
	$(PYTHON) -m nemo_skill.installer uninstall $(@:uninstall-%=%) $(if $(PROJECT),--project "$(PROJECT)")

# ---- Registering the MCP server (nemo-mcp) with an MCP host ----
# make install-mcp-claude [PROJECT=DIR]   ~/.claude.json mcpServers (DIR/.mcp.json)
# make install-mcp-cursor [PROJECT=DIR]   ~/.cursor/mcp.json mcpServers (DIR/.cursor/mcp.json)
# Adds only our entry (other servers and keys are kept) running the installed skill's .venv, installing
# the skill first when needed; make uninstall-mcp-<host> removes only our entry.
MCP_HOSTS := claude cursor
.PHONY: $(addprefix install-mcp-,$(MCP_HOSTS)) $(addprefix uninstall-mcp-,$(MCP_HOSTS))

$(addprefix install-mcp-,$(MCP_HOSTS)):
	$(PYTHON) -m nemo_skill.installer install-mcp $(@:install-mcp-%=%) $(if $(PROJECT),--project "$(PROJECT)")

$(addprefix uninstall-mcp-,$(MCP_HOSTS)):
	$(PYTHON) -m nemo_skill.installer uninstall-mcp $(@:uninstall-mcp-%=%) $(if $(PROJECT),--project "$(PROJECT)")

# ---- Benchmarks: each prints ratios against a baseline measured in the same run ----
# The renderer's MoviePy baseline lives in its own venv: MoviePy pins an older Pillow, which must
# not leak into the environment the tests run in. BENCH_ARGS=--skip-moviepy skips that baseline.
BENCH_VENV := .venv-bench
.PHONY: bench-render bench-engine bench-client

$(BENCH_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[local,bench,beats]'
	touch $@

bench-render: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python bench/render.py $(BENCH_ARGS)

bench-engine: venv
	$(PY) bench/engine.py

bench-client: venv
	$(PY) bench/client.py

bench: bench-engine bench-client bench-render
