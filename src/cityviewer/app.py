"""The cityviewer command: the window, and the command-line switches the installers and docs use."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from cityviewer import APP_NAME, resources, version
from cityviewer.gui.diagnostics import phases

if TYPE_CHECKING:
    import argparse

    from cityviewer.core.dataset import Dataset
    from cityviewer.core.errors import DatasetError
    from cityviewer.gui.mainwindow import MainWindow


def _parser() -> argparse.ArgumentParser:
    import argparse  # only for a command line with switches: a double-click gives none (_arguments)

    parser = argparse.ArgumentParser(prog="cityviewer", description="Cityviewer, an offline encyclopedia of cities.")
    parser.add_argument("--dataset", type=Path, metavar="PATH", help="open this dataset instead of the bundled one")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load the dataset, run searches, render every entry offscreen; exit 0 if all is well",
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="also write the --self-test result, or what the --screenshot window showed (city, zoom, settings), to"
        " FILE (Windows has no console)",
    )
    parser.add_argument("--screenshot", type=Path, metavar="FILE", help="render the main window to a PNG and exit")
    parser.add_argument("--size", default="1024x768", metavar="WxH", help="window size for --screenshot")
    parser.add_argument(
        "--city",
        metavar="CITY",
        action="append",
        help="open this city (its id or any name: pyongyang, 평양, P'yŏngyang); with --export-pdf, a city to print "
        "(repeat it)",
    )
    parser.add_argument("--export-pdf", type=Path, metavar="FILE", help="write the --city sheets to a PDF and exit")
    parser.add_argument("--paper", choices=["a4", "letter"], help="paper for --export-pdf (default: the locale's)")
    parser.add_argument("--all", action="store_true", help="with --export-pdf: every city, largest first")
    parser.add_argument("--cover", action="store_true", help="with --export-pdf: a cover page listing the cities")
    parser.add_argument("--title", default="", metavar="TITLE",
                        help="with --export-pdf: the handout's title, on its cover and in the PDF (default: what is "
                        "in it, such as 'All 27 cities')")  # fmt: skip
    parser.add_argument("--subtitle", default="", metavar="SUBTITLE",
                        help="with --export-pdf: a line under the title on the cover")  # fmt: skip
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the interface's language for this run: en, ko (any with a translation), or pseudo (every interface"
        " text bracketed and accented, for developers; needs a checkout)",
    )
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)  # bench/run.py
    return parser


# What _parser() gives a command line without switches, and the only switch that needs no parser: a double-click
# (and the benchmark) start without importing argparse and building its parser (~3 ms before the first paint).
_DEFAULTS: dict[str, Any] = {
    "dataset": None, "version": False, "self_test": False, "report": None, "screenshot": None, "size": "1024x768",
    "city": None, "export_pdf": None, "paper": None, "all": False, "cover": False, "title": "", "subtitle": "",
    "lang": None, "exit_when_shown": False,
}  # fmt: skip
_PLAIN_SWITCHES = {"--exit-when-shown"}


def _arguments(argv: list[str] | None = None) -> argparse.Namespace | SimpleNamespace:
    """The command line's arguments (argv, else sys.argv's): parsed by _parser(), or for a plain start its defaults."""
    given = sys.argv[1:] if argv is None else argv
    if not set(given) <= _PLAIN_SWITCHES:
        return _parser().parse_args(argv)
    return SimpleNamespace(**{**_DEFAULTS, **{switch[2:].replace("-", "_"): True for switch in given}})


def _report(message: str) -> None:
    if sys.stderr is not None:  # a windowed Windows build has no stderr
        print(f"cityviewer: {message}", file=sys.stderr)


def chosen_language(override: str | None = None) -> str:
    """The language chosen for the interface and the volume: override (--lang, for this run), else the one in the
    settings (view/language, which an administrator may set for every user); "" follows the system."""
    if override is not None:
        return override.strip()
    from cityviewer.gui.settings import LANGUAGE, Settings

    # Only read (a damaged settings file is dealt with, and said, when the window opens), as the window reads it:
    # the user's choice, else the administrator's, which wins where the administrator locks it.
    return Settings(check=False).get(LANGUAGE).strip()


def reading_language(override: str | None = None) -> str:
    """The language the volume is read in (its texts, and summaries where it has them): the chosen one
    (chosen_language), else the system's; the pseudo-locale reads it in English."""
    from cityviewer.gui.translations import reading_language as of_choice

    return of_choice(chosen_language(override))


def verify_while_shown(dataset: Dataset, window: MainWindow) -> None:
    """Read every page of the window's dataset, opened with verify=False (what Dataset.open(verify=True) does: a few
    milliseconds for the shipped volume, seconds at 100,000 places), on a thread of its own once the window's first
    article is whole: start-up does not wait for it, nor share the processor or its peak with it (the thread's stack
    and malloc arena and its connection, ~0.3 MiB, come after the article). What the window reads meanwhile fails
    with a notice where a page is damaged; a damaged page found here is said in a dialog, as a dataset refused at
    start-up is, and the app ends (exit 2). Called once the window is painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cityviewer.gui.background import DatasetThread, Failure, Op
    from cityviewer.gui.messages import Kind, tell

    started = False

    def check(_after: object = None) -> None:
        nonlocal started
        if started:
            return
        started = True
        # The application's, not the window's: View > Language builds the window again while the check may run.
        checker = DatasetThread(dataset.info.path, QApplication.instance(), dataset.info.volume.language, dataset.info)

        def damaged(failure: Failure) -> None:
            checker.close()
            if failure.internal:  # a bug, told by the excepthook already: the dataset may well be sound
                return
            _report(failure.message)
            tell(None, Kind.ACT, failure.message)
            QApplication.exit(2)

        checker.run(Op(work=lambda dataset: dataset.verify_pages(), done=lambda _none: checker.close(), failed=damaged))

    # The detail view asks the window's dataset thread for the first article's distances on a zero timer once the
    # window is painted: queued on one as well, behind them, the check starts once they are answered (or failed).
    # A language chosen before then starts it at once: the window is built again and its thread's queue dropped.
    window.language_chosen.connect(check)
    QTimer.singleShot(0, lambda: window.dataset_thread.run(Op(work=lambda _dataset: None, done=check, failed=check)))


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    if args.version:
        if sys.stdout is not None:
            print(f"{APP_NAME} {version()}")
        return 0
    if args.export_pdf is None and (args.all or args.cover or args.paper or args.title or args.subtitle):
        _report("--all, --cover, --paper, --title and --subtitle go with --export-pdf")
        return 2
    headless = args.self_test or args.screenshot is not None or args.export_pdf is not None
    # Offscreen finds its fonts through fontconfig on Linux only; Windows' and macOS's own platforms need no screen.
    offscreen_fonts = args.export_pdf is None or sys.platform.startswith("linux")
    if headless and offscreen_fonts and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from cityviewer.gui.sourcescan import read_sources_uncached

    read_sources_uncached()  # before the GUI's modules: PySide6 would keep each one's source (peak memory)
    from cityviewer.gui.application import create_application, install_excepthook, open_window
    from cityviewer.gui.errortext import describe
    from cityviewer.gui.messages import Kind, tell

    language = chosen_language(args.lang)  # read once: the interface's language, and the volume's (below)
    try:
        app = create_application(sys.argv[:1], language)
    except Exception as exc:  # the pseudo-locale without lupdate or the sources (OSError, CalledProcessError)
        import subprocess  # only here: start-up does not import it (gui.pseudolocale imports it when it runs)

        if not isinstance(exc, (OSError, subprocess.CalledProcessError)):
            raise
        _report(f"--lang {args.lang}: {exc}")
        return 2
    phases.mark(phases.QT)
    from cityviewer.core.dataset import Dataset  # after the QApplication: start-up's phases one after another
    from cityviewer.core.errors import DatasetError

    def refuse(exc: DatasetError) -> int:
        """The dataset cannot be used: say so (a dialog too, when there is a window) and exit 2."""
        message = describe(exc)
        _report(message)
        if not headless:
            tell(None, Kind.ACT, message)
        return 2

    from cityviewer.gui.translations import reading_language as of_choice

    path = args.dataset or resources.dataset_path()
    try:  # the window reads every page once it shows (verify_while_shown); the commands without one, first
        dataset = Dataset.open(path, verify=headless, language=of_choice(language))
    except DatasetError as exc:
        return refuse(exc)
    phases.mark(phases.DATASET)

    if args.self_test:
        from cityviewer.gui.diagnostics.selftest import run_self_test

        problems = run_self_test(dataset)
        for problem in problems:
            _report(f"self-test: {problem}")
        info = dataset.info
        counts = f"{info.city_count} cities, {info.volume.divisions.count(info.division_count)}"  # the volume's word
        passed = f"self-test passed: {counts}, data {info.data_version}"
        if not problems and sys.stdout is not None:
            print(passed)
        if args.report is not None:
            lines = [f"self-test: {problem}" for problem in problems] or [passed]
            args.report.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        return 1 if problems else 0

    if args.export_pdf is not None:
        from cityviewer.gui.paper.export_cli import export_from_command_line

        try:
            return export_from_command_line(dataset, args.export_pdf, args.city or [], args.all, args.cover,
                                            args.paper, _report, args.title, args.subtitle)  # fmt: skip
        except DatasetError as exc:
            return refuse(exc)

    install_excepthook()
    try:
        window = open_window(dataset)
    except DatasetError as exc:  # a dataset that opened but fails on its first real use
        return refuse(exc)

    def switch_languages() -> None:
        from cityviewer.gui.language import LanguageSwitcher  # once the window is painted: the first paint needs none

        LanguageSwitcher(window, app)  # View > Language builds the window again in the language chosen

    window.first_painted.connect(switch_languages)
    if args.city:  # any of a city's names, as for --export-pdf; one that names none is said, the window opens
        from cityviewer.core.cityname import resolve  # (a double-click gives no --city: start-up does not pay)
        from cityviewer.gui.syncreads import SyncRead, sync_read

        try:
            with sync_read(SyncRead.START_CITY):
                resolved = resolve(dataset, args.city[-1])
        except DatasetError as exc:
            window.shut_down()
            return refuse(exc)
        if resolved.city_id is None or not window.show_city(resolved.city_id):
            _report(resolved.problem() or f"no city '{args.city[-1]}' in the dataset")
    if args.screenshot is not None:
        from cityviewer.gui.diagnostics.screenshot import take_screenshot

        error = take_screenshot(window, args.screenshot, args.size)
        if args.report is not None and not error:
            from cityviewer.gui.diagnostics.screenshot import describe_window

            args.report.write_text(describe_window(window), encoding="utf-8")
        window.shut_down()
        if error:
            _report(error)
            return 1
        return 0
    window.first_painted.connect(lambda: verify_while_shown(dataset, window))
    if args.exit_when_shown:
        from cityviewer.gui.diagnostics.startup_probe import exit_when_shown

        exit_when_shown(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
