"""Entry point of the frozen app (PyInstaller runs this file as __main__)."""

import sys

from cityviewer.app import main

sys.exit(main())
