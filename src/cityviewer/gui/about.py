"""The About box: versions and the credits each data licence asks for."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cityviewer import APP_NAME, version
from cityviewer.core.records import DatasetInfo
from cityviewer.core.volume import DivisionWords


class About(QObject):
    """The About box's counts: self.tr, which lupdate reads as plurals (QCoreApplication.translate's %n with a
    count that is not a number written in the call it reads as a single form)."""

    def counts(self, cities: int, divisions: int, words: DivisionWords) -> tuple[str, str]:
        """n cities, and the divisions counted in the volume's word."""
        return self.tr("%n cities", "", cities), words.count(divisions)


def about_html(info: DatasetInfo) -> str:
    credits = "".join(f"<li><b>{escape(name)}</b>: {escape(text)}</li>" for name, text in info.credits)
    values = {"title": info.volume.title or info.title, "version": info.data_version, "schema": info.schema_version}
    # Two counts in one sentence: the plural of each count is a text of its own, put whole into the sentence.
    cities, divisions = About().counts(info.city_count, info.division_count, info.volume.divisions)
    if info.division_count:
        dataset = QCoreApplication.translate(
            "About", "Dataset: {title}, version {version} (schema {schema}), {cities} and {divisions}."
        ).format(cities=cities, divisions=divisions, **values)
    else:
        dataset = QCoreApplication.translate(
            "About", "Dataset: {title}, version {version} (schema {schema}), {cities}."
        ).format(cities=cities, **values)
    article = info.volume.source_article
    began = (
        "<p>"
        + escape(
            QCoreApplication.translate(
                "About", "This volume began from one article, corrected in each entry where it errs. {about}"
            ).format(about=article.about)
        )
        + "</p>"
        if article
        else ""
    )
    what = escape(QCoreApplication.translate("About", "An offline encyclopedia of cities."))
    credited = escape(QCoreApplication.translate("About", "Data credits"))
    return (
        f"<h2>{escape(APP_NAME)} {escape(version())}</h2><p>{what}</p><p>{escape(dataset)}</p>"
        + began
        + f"<p><b>{credited}</b></p><ul>{credits}</ul>"
    )


def show_about(parent: QWidget, info: DatasetInfo) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Cityviewer"), about_html(info))
