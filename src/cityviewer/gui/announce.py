"""Announcements: a sentence a screen reader speaks about something that changed away from the keyboard's place
(how many cities a search lists, a star given or taken). Qt 6.8 and later send an announcement event (AT-SPI's
"object:announcement", UI Automation's notification); an older Qt changes the source widget's accessible
description, which screen readers also report."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    """One per window. Signals: announced(text) after each announcement, with what was said."""

    announced = Signal(str)

    def say(self, source: QWidget, text: str, *, assertive: bool = False) -> None:
        """Have assistive technology say text, from source (the widget the sentence is about). Polite by default:
        it waits until the screen reader has finished what it is saying; assertive interrupts."""
        if not text:
            return
        event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8+
        if event_class is not None:
            event = event_class(source, text)
            politeness = QAccessible.AnnouncementPoliteness
            event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
            QAccessible.updateAccessibility(event)
        else:
            source.setAccessibleDescription(text)  # a description change event, with the sentence
        self.announced.emit(text)
