"""The app's diagnostic modes, started from the command line rather than by a person at the window:
--self-test (selftest.py), --screenshot (screenshot.py) and the benchmark's hidden --exit-when-shown
(startup_probe.py). Each is imported only when its switch is given."""
