"""The core is Qt-free: importing all of it loads no Qt binding."""

import pkgutil
import subprocess
import sys

import cityviewer.core


def test_importing_the_core_loads_no_qt():
    modules = [f"cityviewer.core.{m.name}" for m in pkgutil.iter_modules(cityviewer.core.__path__)]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + ("qt = sorted(m for m in sys.modules if m.startswith(('PySide', 'PyQt', 'shiboken')))\nprint(qt)")
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert len(modules) >= 8
