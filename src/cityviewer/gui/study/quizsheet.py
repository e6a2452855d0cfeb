"""A quiz round's result sheet on paper: printed (through Qt's print preview) or written as a PDF, by the printing
code of the handouts (gui.paper.printing: the same page, fonts, style, footer and reproducible PDF). Its HTML comes from
core.quiz (result_sheet_html, in the paper's colours of core.paper.colours); a PDF is made on the dataset thread and
written atomically. Imported when a sheet is first asked for."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QHashSeed, QIODevice, QObject, QUuid
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from cityviewer import APP_NAME, version
from cityviewer.core.dataset import Dataset
from cityviewer.core.paper.pdffile import fix_dates, name_subsets, write_atomically
from cityviewer.core.quiz import Answered, result_sheet_html
from cityviewer.core.records import DatasetInfo
from cityviewer.gui.background import DatasetThread, Failure, Op
from cityviewer.gui.messages import Kind, tell
from cityviewer.gui.paper.printing import (
    LAYOUT_DPI,
    Handout,
    SheetOptions,
    _Layout,
    default_paper,
    no_map,
    paint_layout,
    set_page,
)

_ID_NAMESPACE = uuid.UUID("8d1c3f52-6a0e-4b7e-9c21-5f3e0a7b9d14")  # the PDF's document id: from what it holds


def sheet_html(about: str, answers: Sequence[Answered]) -> str:
    """The sheet's HTML, translated (Qt's plural forms for the score)."""
    return result_sheet_html(about, answers, QCoreApplication.translate,
                             lambda text, n: QCoreApplication.translate("Quiz", text, None, n))  # fmt: skip


class _SheetLayout(_Layout):
    """The handouts' layout (page, fonts, style, footer) of one document: the result sheet."""

    def __init__(self, html: str, info: DatasetInfo, options: SheetOptions, page_layout: QPageLayout) -> None:
        self._html = html
        super().__init__(Handout((), (), info, version()), options, page_layout, no_map)

    def _documents(self) -> list[QTextDocument]:
        return [self._document(self._html)]

    def _starts(self) -> dict[str, int]:
        return {}


def paint_sheet(device: QPagedPaintDevice, html: str, info: DatasetInfo, options: SheetOptions) -> int:
    """Paint the sheet on device (its page layout set); the number of pages."""
    return paint_layout(device, _SheetLayout(html, info, options, device.pageLayout()))


def sheet_pdf(html: str, title: str, info: DatasetInfo, options: SheetOptions) -> tuple[bytes, int]:
    """The sheet as a PDF (the same sheet and options, the same bytes) and its number of pages."""
    QHashSeed.setDeterministicGlobalSeed()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    set_page(writer, options.paper)
    writer.setTitle(title)
    writer.setCreator(f"{APP_NAME} {version()}")
    what = "|".join([info.data_version, version(), html, options.paper, options.when.isoformat()])
    writer.setDocumentId(QUuid(str(uuid.uuid5(_ID_NAMESPACE, what))))
    pages = paint_sheet(writer, html, info, options)
    data: QByteArray = buffer.data()
    return name_subsets(fix_dates(bytes(data.data()), options.when)), pages


class QuizResultSheet(QObject):
    """The context of what is said about a written sheet: self.tr, which lupdate reads as a plural."""

    def wrote(self, file: str, pages: int) -> str:
        return self.tr("Wrote {file} (%n pages).", "", pages).format(file=file)


def _title(about: str) -> str:
    return QCoreApplication.translate("Quiz", "Quiz: {what}").format(what=about)


def print_result_sheet(parent: QWidget, info: DatasetInfo, about: str, answers: Sequence[Answered]) -> None:
    """The print preview of the sheet (Qt's, with its Print button), as the window's other sheets."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from cityviewer.gui.paper.commands import PrintPreview

    html = sheet_html(about, answers)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_page(printer, default_paper())
    printer.setDocName(_title(about))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Quiz", "Print Result Sheet"))
    # The preview paints on the GUI thread, as Qt's preview must: one page, a few hundredths of a second.
    dialog.paintRequested.connect(lambda device: paint_sheet(device, html, info, SheetOptions(default_paper())))
    PrintPreview.present(dialog, parent)
    dialog.deleteLater()


def export_result_sheet(parent: QWidget, thread: DatasetThread, info: DatasetInfo, about: str,
                        answers: Sequence[Answered], report: Callable[[str], None]) -> None:  # fmt: skip
    """Ask where, then write the sheet as a PDF on the dataset thread; report(message) says how it went."""
    from cityviewer.gui.paper.commands import SaveDialog

    path = SaveDialog.ask(parent, QCoreApplication.translate("Quiz", "Export Result Sheet as PDF"), "quiz.pdf")
    if path is None:
        return
    html, title, options = sheet_html(about, answers), _title(about), SheetOptions(default_paper())

    def work(_dataset: Dataset) -> int | str:  # the pages written, or why nothing was
        try:
            data, pages = sheet_pdf(html, title, info, options)
            write_atomically(path, data)
        except OSError as exc:
            return exc.strerror or str(exc)
        return pages

    def done(result: int | str) -> None:
        if isinstance(result, str):
            message = QCoreApplication.translate("Quiz", "{file} could not be written ({reason}).").format(
                file=str(path), reason=result)  # fmt: skip
            tell(parent, Kind.FAILED, message)
        else:
            message = QuizResultSheet().wrote(str(path), result)
        report(message)

    def failed(failure: Failure) -> None:
        tell(parent, Kind.FAILED, failure.message)

    thread.run(Op(work=work, done=done, failed=failed))
