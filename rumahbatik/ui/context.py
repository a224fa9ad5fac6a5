"""What every screen gets: the database, who is working, the settings and the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from rumahbatik.db import Database
from rumahbatik.services.context import Actor
from rumahbatik.services.settings import Settings, get_settings


class ChangeBus(QObject):
    """One change notification: a screen that saved something says which area changed."""

    changed = Signal(str)


@dataclass
class UiContext:
    db: Database
    actor: Actor
    settings: Settings
    bus: ChangeBus

    def reload_settings(self) -> None:
        self.settings = get_settings(self.db)
        self.bus.changed.emit("settings")
