"""The About box: versions and the credits each data licence asks for."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cityviewer import APP_NAME, version
from cityviewer.core.records import DatasetInfo


def about_html(info: DatasetInfo) -> str:
    tr = QCoreApplication.translate
    credits = "".join(f"<li><b>{escape(name)}</b>: {escape(text)}</li>" for name, text in info.credits)
    return (
        f"<h2>{APP_NAME} {escape(version())}</h2>"
        f"<p>{escape(tr('About', 'An offline encyclopedia of cities.'))}</p>"
        f"<p>{escape(tr('About', 'Dataset'))}: {escape(info.title)}<br>"
        f"{escape(tr('About', 'Data version'))}: {escape(info.data_version)}"
        f" ({escape(tr('About', 'schema'))} {info.schema_version}, {info.city_count} "
        f"{escape(tr('About', 'cities'))})</p>"
        f"<p><b>{escape(tr('About', 'Data credits'))}</b></p><ul>{credits}</ul>"
    )


def show_about(parent: QWidget, info: DatasetInfo) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Cityviewer"), about_html(info))
