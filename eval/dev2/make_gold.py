"""Build eval/dev2/gold/*.json from the annotation modules ann_*.py of this folder
(see ../_gold.py for what is checked).

Usage (from the repository root)::

    .venv/bin/python eval/dev2/make_gold.py [ann_NNN ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _gold import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE, sys.argv[1:]))
