# baocao: `make demo` runs the pipeline on the sample corpus; `make test` runs the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install fonts ocr clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) fonts ocr

# Fonts with Vietnamese glyphs, for regenerating the sample PDFs.
fonts:
	@if fc-list 2>/dev/null | grep -qi -e "Liberation Serif" -e "DejaVu Serif"; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null; \
	else echo "To regenerate the sample PDFs, install a Vietnamese-capable font: sudo apt-get install fonts-dejavu-core"; fi

# Tesseract with its Vietnamese data, for scanned pages (optional: without it
# they are reported as "no text layer and OCR unavailable").
ocr:
	@if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-vie >/dev/null) \
		|| echo "could not install tesseract; scanned pages will not be read"; \
	else echo "To read scanned PDFs, install Tesseract: sudo apt-get install tesseract-ocr tesseract-ocr-vie"; fi

demo: install
	$(BIN)/baocao run corpus/pdf corpus/docx corpus/text -o outputs/sample

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) outputs/sample
