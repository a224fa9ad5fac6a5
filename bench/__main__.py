"""``python -m bench``: run the benchmark cases and print the tables."""

from bench.cli import main

raise SystemExit(main())
