import sys

from cityviewer.app import main

sys.exit(main())
