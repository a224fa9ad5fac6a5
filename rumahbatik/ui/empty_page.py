"""An honest page for an area that is not built yet: what it will hold, no fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyPage(QWidget):
    def __init__(self, title: str, coming: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        heading = QLabel(f"<h2>{title}</h2>", self)
        layout.addWidget(heading)
        note = QLabel(
            self.tr(
                "This part of Rumah Batik is not built yet. Nothing here is stored or shown "
                "until it is. It will hold:"
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        items = QLabel("<ul>" + "".join(f"<li>{c}</li>" for c in coming) + "</ul>", self)
        items.setObjectName("comingList")
        items.setWordWrap(True)
        items.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(items)
        layout.addStretch(1)
