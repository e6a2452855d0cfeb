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
    dataset = tr("About", "Dataset: {title}, version {version} (schema {schema}), %n cities", "", info.city_count)
    dataset += tr("About", " and %n provinces.", "", info.province_count) if info.province_count else "."
    article = info.volume.source_article
    began = (
        f"<p>{escape(tr('About', 'This volume began from one article, corrected in each entry where it errs.'))}"
        f" {escape(article.about)}</p>"
        if article
        else ""
    )
    return (
        f"<h2>{escape(APP_NAME)} {escape(version())}</h2>"
        f"<p>{escape(tr('About', 'An offline encyclopedia of cities.'))}</p>"
        f"<p>{escape(dataset.format(title=info.title, version=info.data_version, schema=info.schema_version))}</p>"
        + began
        + f"<p><b>{escape(tr('About', 'Data credits'))}</b></p><ul>{credits}</ul>"
    )


def show_about(parent: QWidget, info: DatasetInfo) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Cityviewer"), about_html(info))
