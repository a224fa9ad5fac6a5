"""Start Rumah Batik: the GUI with no arguments, the command line with arguments."""

import sys

from rumahbatik.cli import main

if __name__ == "__main__":
    sys.exit(main())
